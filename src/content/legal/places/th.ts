/** TH: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: th.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'TH',
    level: 'national',
    status: 'regulated',
    rules: ['age-limit', 'registration', 'import-restricted'],
    minimumAge: 18,
    history: [
      {
        date: '2022-08-27',
        status: 'regulated',
      },
    ],
    effective: '2022-08-27',
    effectiveApproximate: false,
    instrument:
      'Narcotics Act (No. 8) B.E. 2564 (2021); Kratom Plant Act B.E. 2565 (2022), ss. 24-26; MoPH announcement on point-of-sale warnings (signed 8 Dec 2023); Justice/Public Health ministry directives on sale locations (enforced 12 Oct 2025)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-12-06',
    confidence: 'high',
    sources: ['legal-th-5', 'legal-th-6', 'legal-th-7', 'legal-th-3', 'legal-th-4', 'legal-th-1', 'legal-th-2'],
    localRules: false,
    editorNote:
      "Updates asOf from 2022 to 2025 with two new national sales restrictions. | Effective (as researched): 2021-08-24 (delisted); 2022-08-27 (Kratom Plant Act); Dec 2023 (warning-sign rule); 2025-10-12 (school-radius and public-space sales ban) | Scope: Kratom leaf removed from narcotics list (2021) and regulated by the Kratom Plant Act 2022: no sales to under-18s, pregnant or breastfeeding women; no sales in schools, dormitories, parks, zoos, amusement parks or vending machines; import/export needs ONCB licence; processed foods/drinks need Thai FDA approval; mixing kratom with other psychoactive substances (e.g., '4x100') prohibited. Since Dec 2023 sellers (incl. online) must display warning signs. Since 12 Oct 2025 (Justice and Public Health Ministry directives enforced by ONCB) kratom leaves and kratom-infused water may not be sold within 1,000 m of schools/educational institutions, and may not be sold in public spaces (roadside stalls, mobile vending) - only from authorised shops; fines up to 50,000 baht. | Previous entry: regulated, high confidence, as of 2022-09.",
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
