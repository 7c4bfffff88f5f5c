/** US-OK: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ok.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-OK',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'lab-testing', 'potency-cap-7oh', 'synthetic-ban'],
    minimumAge: 18,
    history: [
      {
        date: '2021-11-01',
        status: 'regulated',
      },
    ],
    effective: '2021-11-01',
    effectiveApproximate: false,
    instrument:
      'Oklahoma Kratom Consumer Protection Act, 63 O.S. § 1-1432.1 et seq. (HB 1784, 2021; amended by SB 891, 2025)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-12-06',
    confidence: 'high',
    sources: ['legal-us-ok-1', 'legal-us-ok-2', 'legal-us-ok-3', 'legal-us-ok-4'],
    localRules: false,
    editorNote:
      'No status change; documents 2026 enforcement posture. | Effective (as researched): 2021-11-01 | Scope: No sale to under 18; no adulterated/contaminated products; 7-OH <=2% of alkaloid fraction; no synthetic alkaloids; no products containing controlled substances; labelling (QR allowed); vendors must provide test results. Kratom itself is not a controlled dangerous substance. | Previous entry: regulated, high confidence, as of 2025.',
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
