/** US-WY: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-WY',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'potency-cap-7oh', 'synthetic-ban'],
    minimumAge: 21,
    history: [
      {
        date: '2026-07-01',
        status: 'regulated',
      },
    ],
    effective: '2026-07-01',
    effectiveApproximate: false,
    instrument: 'SF0056 (2026 Budget Session), Enrolled Act No. 44, W.S. 35-7-2201 et seq.',
    asOf: '2026-03',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-us-wy-1', 'legal-us-wy-3', 'legal-us-wy-2'],
    localRules: false,
    editorNote:
      "Governor's signature not independently verified (enrolled act). | Effective (as researched): 2026-07-01 | Scope: 21+; no adulterated products (controlled substances, synthesized or semi-synthesized alkaloids); limits on 7-OH; no products attractive to children or for vaporisation; labelling and warnings; Department of Health and local law-enforcement enforcement; state chemist testing.",
  },
  sources: {
    'legal-us-wy-1': {
      id: 'legal-us-wy-1',
      authors: 'Wyoming Legislature',
      title: 'SF0056 Enrolled Act No. 44 (text)',
      venue: 'keepinglawsimple.org',
      year: 2026,
      url: 'https://www.keepinglawsimple.org/states/wyoming/bills/2026/SF0056',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-wy-2': {
      id: 'legal-us-wy-2',
      authors: 'FastDemocracy',
      title: 'FastDemocracy: SF0056 (effective 1 Jul 2026)',
      venue: 'fastdemocracy.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=WYB00005840&billsummary_session=2026&billsummary_state=wy',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-wy-3': {
      id: 'legal-us-wy-3',
      authors: 'Wyoming Legislature',
      title: 'HB0185 Kratom prohibition (2026)',
      venue: 'keepinglawsimple.org',
      year: 2026,
      url: 'https://www.keepinglawsimple.org/states/wyoming/bills/2026/HB0185',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
  },
};

export default place;
