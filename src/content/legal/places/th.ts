/** TH: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'TH',
    level: 'national',
    status: 'regulated',
    rules: ['age-limit', 'registration', 'import-restricted'],
    minimumAge: 18,
    effective: '2022-08-27',
    effectiveApproximate: false,
    instrument: 'Narcotics Act (No. 8) B.E. 2564 (2021); Kratom Plant Act B.E. 2565 (2022)',
    asOf: '2022-09',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-th-1', 'legal-th-2', 'legal-th-3', 'legal-th-4'],
    localRules: false,
    editorNote:
      'Thai FDA has limited mitragynine per unit in food products (0.2 mg per unit reported by Bangkok Post). | Effective (as researched): 2021-08-24 (delisted); 2022-08-27 (Kratom Plant Act in force) | Scope: Kratom leaf removed from narcotics list; sale of leaves and kratom food allowed except to under-18s, pregnant or breastfeeding women; no sales in schools, dormitories, public parks, zoos, amusement parks or by vending machine; import/export requires ONCB licence; processed kratom foods/drinks need Thai FDA approval. | Editorial: registration = Thai FDA approval for processed kratom foods/drinks; import-restricted = ONCB licence for import/export.',
  },
  sources: {
    'legal-th-1': {
      id: 'legal-th-1',
      authors: 'Tilleke & Gibbins',
      title: "Tilleke & Gibbins: Thailand's new legal framework for kratom (Sept 2022)",
      venue: 'tilleke.com',
      year: 2022,
      url: 'https://tilleke.com/print-insight/?post_id=62181&print=1',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-th-2': {
      id: 'legal-th-2',
      authors: 'Freyr',
      title: 'Freyr: Kratom Act in effect 27 Aug 2022',
      venue: 'foodsupplements.freyrsolutions.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://foodsupplements.freyrsolutions.com/thailand-kratom-act-came-into-effect-prohibits-sale-of-kratom-products-to-children-pregnant-women',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-th-3': {
      id: 'legal-th-3',
      authors: 'Bangkok Post',
      title: 'Bangkok Post: Thai FDA rules on kratom products',
      venue: 'bangkokpost.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.bangkokpost.com/thailand/general/2202707/fda-clarifies-new-rules-on-products-containing-kratom',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-th-4': {
      id: 'legal-th-4',
      authors: 'Bangkok Post',
      title: 'Bangkok Post: FDA limit of 0.2 mg mitragynine per unit in food products',
      venue: 'bangkokpost.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.bangkokpost.com/thailand/general/2436435/strict-rules-stifling-kratom-industry-claims-ministry',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
