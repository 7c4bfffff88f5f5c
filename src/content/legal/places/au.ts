/** AU: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: au.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'AU',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance', 'import-restricted'],
    minimumAge: null,
    history: [
      {
        date: '2004',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2004',
    effectiveApproximate: true,
    instrument:
      'Poisons Standard (SUSMP) Schedule 9; state/territory drugs and poisons legislation; Customs (Prohibited Imports) controls',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-12-06',
    confidence: 'high',
    sources: ['legal-au-1', 'legal-au-2'],
    localRules: false,
    editorNote:
      'Adds a 2024 government confirmation; no change in status. | Effective (as researched): 2003-2004 (NDPSC decisions Oct 2003 and Feb/Jun 2004; state commencement dates vary) | Scope: Mitragynine and the plant Mitragyna speciosa in Schedule 9 (Prohibited Substance) of the Poisons Standard; implemented via state/territory law. Importation is prohibited; the Australian Border Force continues to seize kratom at the border (e.g., >6 kg in Sydney, Aug 2024). | Previous entry: banned, high confidence, as of 2004.',
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
