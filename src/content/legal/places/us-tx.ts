/** US-TX: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-TX',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'potency-cap-7oh', 'synthetic-ban', 'pending-change'],
    minimumAge: 18,
    effective: '2023-09-01',
    effectiveApproximate: false,
    instrument: 'Texas Kratom Consumer Health and Safety Protection Act, SB 497 (2023), Health & Safety Code ch. 444',
    asOf: '2025',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'medium',
    sources: ['legal-us-tx-1', 'legal-us-tx-2', 'legal-us-tx-3'],
    localRules: false,
    editorNote:
      'Minimum age not confirmed from statute text in this pass. | Effective (as researched): 2023-09-01 | Scope: Labelling with directions/serving size; no adulterated or contaminated products; 7-OH <=2% of alkaloid fraction; no synthetic alkaloids; sale to minors prohibited (age per statute: 18, verify).',
  },
  sources: {
    'legal-us-tx-1': {
      id: 'legal-us-tx-1',
      authors: '',
      title: 'Legiplex: SB 497 enrolled text',
      venue: 'app.legiplex.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://app.legiplex.com/tx/legislature/2023/88-0/bills/sb497/draft-627483?id=627483',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-tx-2': {
      id: 'legal-us-tx-2',
      authors: '',
      title: 'Tex. Health & Safety Code § 444.003 (eff. 9/1/2023)',
      venue: 'd1tvxue8o4w0fl.cloudfront.net',
      year: null,
      accessed: '2026-11-24',
      url: 'https://d1tvxue8o4w0fl.cloudfront.net/statute/texas-codes/health-and-safety-code/title-6-food-drugs-alcohol-and-hazardous-substances/subtitle-a-food-and-drug-health-regulations/chapter-444-multiple-versions-manufacture-distribution-and-sale-of-kratom-products/section-444003-multiple-versions-adulterated-contaminated-and-prohibited-kratom-products',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-tx-3': {
      id: 'legal-us-tx-3',
      authors: 'FastDemocracy',
      title: 'FastDemocracy: HB 291 (special session)',
      venue: 'fastdemocracy.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=TXB00082878&billsummary_session=891&billsummary_state=tx',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
