/** KR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: kr.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
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
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
