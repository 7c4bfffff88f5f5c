/** KR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'KR',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: true,
    instrument: 'Act on the Control of Narcotics, etc. (마약류 관리에 관한 법률), Art. 2(3)(a) annex',
    asOf: '2024',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-kr-1', 'legal-kr-2'],
    localRules: false,
    editorNote:
      "Listing date and exact annex entry not verified from law.go.kr. | Effective (as researched): Unverified | Scope: Kratom listed as a psychotropic substance (category 'ga') in the annex to Article 2(3) of the Act on the Control of Narcotics, etc.",
  },
  sources: {
    'legal-kr-1': {
      id: 'legal-kr-1',
      authors: '',
      title: "Korean wiki entry citing the Act's annex",
      venue: 'readonly.wiki',
      year: null,
      accessed: '2026-11-24',
      url: 'https://readonly.wiki/w/%ED%81%AC%EB%9D%BC%ED%86%B0',
      kind: 'secondary',
      secondaryNote: "Wiki entry citing the Act's annex; the law itself (law.go.kr) was not checked.",
    },
    'legal-kr-2': {
      id: 'legal-kr-2',
      authors: '',
      title: 'Korean wiki entry (same citation)',
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
