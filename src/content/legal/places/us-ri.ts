/** US-RI: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ri.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-RI',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'registration', 'labelling', 'synthetic-ban'],
    minimumAge: 21,
    history: [
      {
        date: '2026-04-01',
        status: 'regulated',
      },
    ],
    effective: '2026-04-01',
    effectiveApproximate: false,
    instrument: 'Rhode Island Kratom Act, R.I. Gen. Laws ch. 21-28.12 (H 5565 Sub A / S 0792 Sub A, 2025)',
    asOf: '2026-04',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-us-ri-2', 'legal-us-ri-3', 'legal-us-ri-1'],
    localRules: false,
    editorNote:
      "Governor's signature (reported 2 Jul 2025) not re-verified from a primary source in this pass; RI previously treated mitragynine/7-OH as controlled (vendor lists). | Effective (as researched): 2026-04-01 | Scope: Licensing of manufacturers/importers/distributors/retailers; 21+ with photo ID; behind-counter storage; labelling and child-resistant packaging; no synthetic or smokable/vape products; 15% wholesale tax.",
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
