/** KR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'KR',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance', 'import-restricted'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance'],
      },
    },
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument:
      'Act on the Control of Narcotics, etc. (마약류 관리에 관한 법률), Art. 2(3)(a) annex; MFDS notice designating 7-OH as an import-blocked ingredient (24 Jul 2025)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-kr-4', 'legal-kr-3', 'legal-kr-1', 'legal-kr-2'],
    localRules: false,
    editorNote:
      "Plant listing still only via wiki citations of the annex (law.go.kr not opened); 7-OH status confirmed by an MFDS release. | Effective (as researched): Kratom listing date unverified; 7-OH designated 2021; direct-purchase import block 2025-07-24 | Scope: Kratom listed as a psychotropic substance (category 'ga') in the annex to Article 2(3) of the Act on the Control of Narcotics, etc.; 7-hydroxymitragynine is separately a 'ga' psychotropic (designated 2021). Since 24 Jul 2025 MFDS also lists 7-OH as an import-blocked ingredient for overseas direct-purchase foods (supplements, gummies, drink mixes). | Previous entry: banned, medium confidence, as of 2024.",
  },
  sources: {
    'legal-kr-3': {
      id: 'legal-kr-3',
      authors: 'News1 Korea',
      title: "식약처 '7-히드록시미트라지닌' 해외직구식품 반입 차단",
      venue: 'news1.kr',
      year: 2025,
      url: 'https://www.news1.kr/amp/bio/general/5858138',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-kr-4': {
      id: 'legal-kr-4',
      authors: 'Ministry of Food and Drug Safety (MFDS) release via Medipharm Health',
      title: '향정신성의약품 성분 함유 식이보충제·젤리·음료믹스 국내 반입 차단 추진 (MFDS release)',
      venue: 'medipharmhealth.co.kr',
      year: 2025,
      url: 'https://www.medipharmhealth.co.kr/news/article.html?no=109379',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-kr-1': {
      id: 'legal-kr-1',
      authors: 'readonly.wiki contributors',
      title: '크라톰',
      venue: 'readonly.wiki',
      year: null,
      accessed: '2026-11-24',
      url: 'https://readonly.wiki/w/%ED%81%AC%EB%9D%BC%ED%86%B0',
      kind: 'secondary',
      secondaryNote: "Wiki entry citing the Act's annex; the law itself (law.go.kr) was not checked.",
    },
    'legal-kr-2': {
      id: 'legal-kr-2',
      authors: '더위키 (TheWiki) contributors',
      title: '크라톰',
      venue: 'thewiki.kr',
      year: null,
      accessed: '2026-11-24',
      url: 'https://thewiki.kr/w/%ED%81%AC%EB%9D%BC%ED%86%B0',
      kind: 'secondary',
      secondaryNote: "Wiki entry citing the Act's annex; the law itself (law.go.kr) was not checked.",
    },
  },
};

export default place;
