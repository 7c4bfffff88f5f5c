/** US-CA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ca.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-CA',
    level: 'state',
    status: 'restricted',
    rules: ['sale-prohibited', 'pending-change'],
    products: {
      '7-oh': {
        status: 'restricted',
        rules: ['sale-prohibited'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2025-10-24',
        status: 'restricted',
        dateApproximate: true,
      },
    ],
    localities: [
      {
        name: 'San Mateo County',
        kind: 'ban',
        date: '2026-06',
        sources: ['legal-us-ca-6'],
      },
      {
        name: 'Fountain Valley',
        kind: 'restriction',
        date: '2026-07',
        sources: ['legal-us-ca-7'],
      },
      {
        name: 'Solana Beach',
        kind: 'age-limit',
        date: '2024',
        sources: ['legal-us-ca-8'],
      },
    ],
    effective: '2025-10-24',
    effectiveApproximate: true,
    instrument:
      'Sherman Food, Drug, and Cosmetic Law; CDPH enforcement; municipal ordinances (e.g., Solana Beach Municipal Code ch. 6.40, Ord. 537 (2024))',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: [
      'legal-us-ca-8',
      'legal-us-ca-5',
      'legal-us-ca-1',
      'legal-us-ca-2',
      'legal-us-ca-6',
      'legal-us-ca-7',
      'legal-us-ca-3',
      'legal-us-ca-4',
    ],
    localRules: true,
    editorNote:
      "Local San Diego ban confirmed indirectly (Times of San Diego via KNT 2026-08-07: city attorney sued owner of 11 smoke shops for violating the city's ban). Oceanside/Newport Beach bans remain vendor-reported only. | Effective (as researched): 2025-10-24 (CDPH warning; enforcement from autumn 2025) | Scope: No statute schedules kratom. CDPH treats foods and other consumables containing kratom or 7-OH as illegal to manufacture or sell under the Sherman Law; embargoes/seizures (>$5 million by mid-2026; >6,700 products removed; ~98% compliance among licensed alcohol retailers per the Governor, Jul 2026); CDPH and the AG have sued manufacturers. Consumer possession is not a crime. AB 1088 (21+, alkaloid caps, registration) was re-referred to committee (Jun 2026). Local: San Diego city ban (city attorney sued a smoke-shop owner, Aug 2026); San Mateo County ban on kratom and 7-OH sales (misdemeanor); Fountain Valley ban on products >2% 7-OH + 21+ (Jul 2026); Solana Beach 21+ ordinance (2024); La Habra considering a ban. | Previous entry: restricted, medium confidence, as of 2026-02.",
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
