/** US-AZ: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-az.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-AZ',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'pending-change'],
    minimumAge: 18,
    minimumAgeUnverified: true,
    history: [
      {
        date: '2019',
        status: 'regulated',
      },
    ],
    effective: '2019',
    effectiveApproximate: false,
    instrument: 'Kratom Consumer Protection Act, Laws 2019, ch. 156, A.R.S. § 36-795 et seq.',
    asOf: '2026-04',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'medium',
    sources: ['legal-us-az-2', 'legal-us-az-1', 'legal-us-az-3', 'legal-us-az-4'],
    localRules: false,
    editorNote:
      'If the 2026 bill was signed, minimum age becomes 21 and >=800 ppm 7-OH products become narcotic drugs; re-verify. | Effective (as researched): 2019 (Laws 2019, ch. 156; general effective date) | Scope: Kratom products regulated as food: labelling/disclosure, no adulterated or contaminated products, no sales to minors; KCPA-type potency/synthetic limits (verify in A.R.S. § 36-795.02). | Editorial: Scope mentions KCPA-type potency/synthetic limits only with "verify in A.R.S. § 36-795.02"; potency-cap-7oh and synthetic-ban not set until verified.',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
