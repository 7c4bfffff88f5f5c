/** US-KY: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ky.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-KY',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'potency-cap-7oh', 'synthetic-ban'],
    minimumAge: 21,
    history: [
      {
        date: '2024-07-15',
        status: 'regulated',
      },
    ],
    effective: '2024-07-15',
    effectiveApproximate: false,
    instrument: 'HB 293 (2024 Ky. Acts ch. 44), KRS 217.2200 et seq.',
    asOf: '2024-07',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-ky-1', 'legal-us-ky-2'],
    localRules: false,
    editorNote:
      "A third-party claim of a 2026 Kentucky ban (attributed to 'HB 757') appears to be an error (HB 757 was a Georgia bill); no Kentucky repeal or ban found. | Effective (as researched): 2024-07-15 | Scope: 21+; no adulterated/contaminated products; 7-OH <=2% of alkaloid fraction; no synthetic alkaloids; residual-solvent limits; labelling.",
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
