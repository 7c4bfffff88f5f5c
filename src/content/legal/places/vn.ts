/** VN: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'VN',
    level: 'national',
    status: 'unclear',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument:
      'Decree 28/2026/ND-CP (lists of narcotic substances and precursors, 19 Jan 2026) - kratom inclusion unverified; previously Decree 57/2022/ND-CP',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-vn-1', 'legal-vn-2', 'legal-vn-3'],
    localRules: false,
    editorNote:
      "Next step: search the Decree 28/2026 annex for 'Mitragynine' / 'Mitragyna speciosa'. | Effective (as researched): none | Scope: No evidence that kratom, mitragynine or 7-OH are on Viet Nam's narcotics lists: Vietnamese media in 2018 (quoting a Ho Chi Minh City Psychiatric Hospital doctor) said kratom 'is not controlled' and was entering the country as hand-carried 'functional foods'. The government issued new consolidated narcotic and precursor lists by Decree 28/2026/ND-CP of 19 Jan 2026 (58 substances in List I, 476 in List II, 81 in List III, 79 precursors); whether kratom or its alkaloids are included was NOT verified. | Previous entry: unclear, low confidence, as of 2026-11.",
  },
  sources: {
    'legal-vn-1': {
      id: 'legal-vn-1',
      authors: 'Kiến Thức',
      title: 'Chất gây nghiện kratom đội lốt thực phẩm chức năng',
      venue: 'kienthuc.net.vn',
      year: null,
      accessed: '2026-12-06',
      url: 'https://kienthuc.net.vn/doi-song/chat-gay-nghien-kratom-doi-lot-thuc-pham-chuc-nang-1033435.html',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-vn-2': {
      id: 'legal-vn-2',
      authors: 'Dân trí',
      title: 'Kratom: Thực phẩm chức năng hay thuốc gây nghiện?',
      venue: 'dantri.com.vn',
      year: 2018,
      url: 'https://dantri.com.vn/khoa-hoc-cong-nghe/kratom-thuc-pham-chuc-nang-hay-thuoc-gay-nghien-20180403233241776.htm',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-vn-3': {
      id: 'legal-vn-3',
      authors: 'Báo Pháp luật Việt Nam',
      title: 'Chính phủ ban hành 4 danh mục chất ma túy và tiền chất',
      venue: 'phapluatplus.baophapluat.vn',
      year: 2026,
      url: 'https://phapluatplus.baophapluat.vn/chinh-phu-ban-hanh-4-danh-muc-chat-ma-tuy-va-tien-chat-232957.html',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
