/** US-UT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ut.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-UT',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'registration'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['sale-prohibited', 'synthetic-ban'],
      },
    },
    minimumAge: 18,
    minimumAgeUnverified: true,
    history: [
      {
        date: '2019-05-14',
        status: 'regulated',
      },
    ],
    effective: '2026-05-06',
    effectiveApproximate: true,
    instrument:
      "Utah Code Title 4, ch. 45 as amended by SB 45 'Kratom Adjustments' (2026) and HB 387 'Kratom Modifications' (2026); fees in HB 8 (2026)",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-us-ut-3', 'legal-us-ut-1', 'legal-us-ut-4', 'legal-us-ut-2', 'legal-us-ut-5', 'legal-us-ut-6'],
    localRules: false,
    editorNote:
      "Minimum age after the 2026 amendments still unverified (retail in adult-only tobacco specialty shops). Appeal pending at the Tenth Circuit. | Effective (as researched): 2019-05-14 (KCPA); SB 45 signed 2026-03-26, effective ~2026-05-06 | Scope: Only 'pure leaf kratom' products may be sold; combination products (e.g., kratom + kava beverages) and extracts/enhanced products are excluded; products must be registered (registration fee $475, potency testing $141 under HB 8, 2026); processors/retailers registered with the Department of Agriculture and Food; retail limited to licensed tobacco specialty businesses. Mitragynine pseudoindoxyl and MGM-15 are Schedule I in Utah (per state officials, Jul 2026). | Previous entry: regulated, medium confidence, as of 2026-05.",
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
