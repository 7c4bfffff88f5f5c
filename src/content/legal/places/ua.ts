/** UA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: ua.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'UA',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2024-11',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2024-11',
    effectiveApproximate: true,
    instrument: 'Cabinet of Ministers Resolution No. 1306 of 15 Nov 2024',
    asOf: '2024-11',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-ua-1', 'legal-ua-2', 'legal-ua-3'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2024-11 (resolution of 15 Nov 2024; reported in force 19 Nov 2024) | Scope: Kratom (Mitragyna speciosa) and mitragynine added to the list of narcotic drugs, psychotropic substances and precursors (restricted circulation).',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
