/** US-WY: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-wy.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-WY',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'potency-cap-7oh', 'synthetic-ban'],
    minimumAge: 21,
    history: [
      {
        date: '2026-07-01',
        status: 'regulated',
      },
    ],
    effective: '2026-07-01',
    effectiveApproximate: false,
    instrument: 'SF0056 (2026 Budget Session), Enrolled Act No. 44, W.S. 35-7-2201 et seq.',
    asOf: '2026-03',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-us-wy-1', 'legal-us-wy-3', 'legal-us-wy-2'],
    localRules: false,
    editorNote:
      "Governor's signature not independently verified (enrolled act). | Effective (as researched): 2026-07-01 | Scope: 21+; no adulterated products (controlled substances, synthesized or semi-synthesized alkaloids); limits on 7-OH; no products attractive to children or for vaporisation; labelling and warnings; Department of Health and local law-enforcement enforcement; state chemist testing.",
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
