/** US-FL: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-fl.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-FL',
    level: 'state',
    status: 'restricted',
    rules: ['age-limit', 'labelling', 'pending-change'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance', 'potency-cap-7oh', 'pending-change'],
      },
    },
    minimumAge: 21,
    history: [
      {
        date: '2023-07-01',
        status: 'regulated',
      },
      {
        date: '2025-08-13',
        status: 'restricted',
      },
      {
        date: '2025-08-13',
        status: 'banned',
        product: '7-oh',
      },
    ],
    effective: '2026-06-22',
    effectiveApproximate: false,
    instrument:
      'Fla. Stat. s. 500.92 (FKCPA); Attorney General emergency scheduling rule of 22 Jun 2026 (controlled-substance scheduling authority, ch. 893); SB 432 (2026) - enactment unverified',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: [
      'legal-us-fl-7',
      'legal-us-fl-1',
      'legal-us-fl-6',
      'legal-us-fl-8',
      'legal-us-fl-4',
      'legal-us-fl-2',
      'legal-us-fl-5',
      'legal-us-fl-3',
    ],
    localRules: true,
    editorNote:
      "SB 432 passage is contradicted by one aggregator and was not verified; the June 2026 emergency rule's expiry date is unknown. Local: Marion County paused a proposed ban (18 Aug 2026); Sarasota County ban (legacy, only mentioned secondhand in 2018). | Effective (as researched): FKCPA 2023-07-01; AG emergency rules 2025-08-13 / 2025-08-19 / 2025-12-08; new emergency rule 2026-06-22 (effective immediately; duration unverified) | Scope: Natural kratom legal for adults 21+ under the Florida KCPA. By Attorney General emergency rule signed 22 Jun 2026 (replacing the expiring 2025 order), seven compounds are Schedule I above thresholds: 7-hydroxymitragynine, mitragynine pseudoindoxyl, 7-acetoxymitragynine, 9-hydroxycorynantheidine, 10-hydroxycorynantheidine, MGM-15 and MGM-16; products may not contain more than 1 mg of these per gram or per mL, and any product with 7-OH must contain at least 100 times more mitragynine by mass. Statutory scheduling by SB 432 (2026) remains unverified. | Previous entry: restricted, medium confidence, as of 2026-02.",
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
