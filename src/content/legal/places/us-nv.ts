/** US-NV: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-nv.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-NV',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling'],
    minimumAge: 18,
    history: [
      {
        date: '2019',
        status: 'regulated',
      },
    ],
    effective: '2019',
    effectiveApproximate: false,
    instrument: 'NRS 597.998',
    asOf: '2025',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-nv-1', 'legal-us-nv-2'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2019 (AB 303) | Scope: No sale to under 18; no adulterated products; label must list ingredients and directions; civil penalty up to $1,000 per violation. | Editorial: AB 322 (2023 registration bill) "status unclear": not treated as a pending change.',
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
