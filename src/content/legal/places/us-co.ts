/** US-CO: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-CO',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'registration', 'potency-cap-7oh', 'synthetic-ban'],
    minimumAge: 21,
    effective: '2024-07-01',
    effectiveApproximate: false,
    instrument: "SB22-120 (2022) and SB25-072 'Daniel Bregger Act' (C.R.S. § 6-1-740)",
    asOf: '2025-05',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-co-1', 'legal-us-co-2', 'legal-us-co-3'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2024-07-01 (SB22-120 provisions); SB25-072 signed 2025-05-28 | Scope: Kratom products 21+; labelling; product registration with Department of Revenue; ban on synthesized or semi-synthesized alkaloids and adulterated products; 7-OH concentration limits.',
  },
  sources: {
    'legal-us-co-1': {
      id: 'legal-us-co-1',
      authors: 'Colorado General Assembly',
      title: 'Colorado General Assembly: SB25-072 as signed (5/28/2025)',
      venue: 's3.us-west-2.amazonaws.com',
      year: 2025,
      url: 'https://s3.us-west-2.amazonaws.com/beta.leg.colorado.gov/490c6d73625d32df49294893d369e7fa',
      kind: 'legal-primary',
    },
    'legal-us-co-2': {
      id: 'legal-us-co-2',
      authors: 'FastDemocracy',
      title: 'FastDemocracy: 2022 act summary (21+, effective 1 Jul 2024)',
      venue: 'fastdemocracy.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://fastdemocracy.com/bill-summary/?billsummary_state=co&billsummary_id=COB00004718&billsummary_session=2022A',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-co-3': {
      id: 'legal-us-co-3',
      authors: 'Kratom Science',
      title: 'Kratom Science: Daniel Bregger Act details',
      venue: 'kratomscience.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.kratomscience.com/?p=8232',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
  },
};

export default place;
