/** US-VA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-va.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-VA',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'potency-cap-7oh', 'synthetic-ban', 'labelling'],
    minimumAge: 21,
    history: [
      {
        date: '2026-07-01',
        status: 'regulated',
      },
    ],
    effective: '2026-07-01',
    effectiveApproximate: false,
    instrument:
      'Virginia Consumer Protection Act kratom provisions (SB 1108, 2023) as amended in 2026 (reported as HB 360, 2026 - bill number and final text not verified)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-us-va-1', 'legal-us-va-4', 'legal-us-va-2', 'legal-us-va-3'],
    localRules: false,
    editorNote:
      'Exact 2026 statutory text and 7-OH limit (HB 360 as introduced proposed <=1% of alkaloids and <=1 mg/serving) not verified. | Effective (as researched): 2023-07-01 (original Consumer Protection Act provisions); 2026-07-01 (2026 amendments) | Scope: From 1 Jul 2026: no sale of kratom products to anyone under 21; products may not contain synthesized material or added/enhanced 7-OH (reported as a 7-OH cap), may not be injectable or vaporizable, may not use child-appealing packaging, must carry ingredient labels, must not exceed pharmacopeial residual-solvent limits, and must not be stored where consumers can reach them. The Attorney General created a Regulated Products Enforcement Unit (30 Jul 2026) covering kratom. | Previous entry: regulated, medium confidence, as of 2026-02.',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
