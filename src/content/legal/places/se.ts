/** SE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: se.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'SE',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2025-03-11',
        status: 'banned',
      },
    ],
    effective: '2025-03-11',
    effectiveApproximate: false,
    instrument:
      'Government decision classifying the plant as narcotic on the Public Health Agency (FHM) proposal (regulation title unverified)',
    asOf: '2025-03',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-se-1', 'legal-se-2', 'legal-se-3', 'legal-se-4'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2011 (mitragynine); 2025-03-11 (plant) | Scope: Mitragynine classified as narcotic (2011); the plant Mitragyna speciosa classified as narcotic from 11 Mar 2025 (import now smuggling/drug offence).',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
