/** US-TX: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-tx.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-TX',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'potency-cap-7oh', 'synthetic-ban', 'pending-change'],
    minimumAge: 18,
    minimumAgeUnverified: true,
    history: [
      {
        date: '2023-09-01',
        status: 'regulated',
      },
    ],
    effective: '2023-09-01',
    effectiveApproximate: false,
    instrument: 'Texas Kratom Consumer Health and Safety Protection Act, SB 497 (2023), Health & Safety Code ch. 444',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: ['legal-us-tx-5', 'legal-us-tx-1', 'legal-us-tx-2', 'legal-us-tx-3', 'legal-us-tx-4'],
    localRules: false,
    editorNote:
      'Special-session outcomes (HB 291 and similar) not verified. | Effective (as researched): 2023-09-01 | Scope: Texas KCPA (2023): adults 18+, 7-OH <=2% of alkaloid fraction, no synthetic alkaloids, labelling. 2025: SB 1868 (schedule kratom alkaloids except plain leaf; 21+; 0.1% 7-OH cap) passed the Senate but died in House committee; HB 291 (special session) was introduced (outcome not verified). Attorney General sued retailers in Apr 2026 over products with ~50x the legal 7-OH limit. | Previous entry: regulated, medium confidence, as of 2025.',
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
