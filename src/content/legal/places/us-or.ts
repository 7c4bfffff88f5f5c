/** US-OR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-or.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-OR',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'registration', 'lab-testing'],
    minimumAge: 21,
    history: [
      {
        date: '2022',
        status: 'regulated',
      },
    ],
    effective: '2022',
    effectiveApproximate: false,
    instrument: 'HB 4010 (2022 Or. Laws ch. 41), ORS 475.394-475.404; OAR 150-475-6010',
    asOf: '2024',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-or-1', 'legal-us-or-2', 'legal-us-or-3'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2022 (age); processor registration from 2023-07-01 | Scope: No sale to under 21; processors must register annually with the Department of Revenue ($460) and certify third-party testing.',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
