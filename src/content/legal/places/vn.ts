/** VN: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: vn.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
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
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
