/** US-RI: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-RI',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'registration', 'labelling', 'synthetic-ban'],
    minimumAge: 21,
    history: [
      {
        date: '2026-04-01',
        status: 'regulated',
      },
    ],
    effective: '2026-04-01',
    effectiveApproximate: false,
    instrument: 'Rhode Island Kratom Act, R.I. Gen. Laws ch. 21-28.12 (H 5565 Sub A / S 0792 Sub A, 2025)',
    asOf: '2026-04',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-us-ri-2', 'legal-us-ri-3', 'legal-us-ri-1'],
    localRules: false,
    editorNote:
      "Governor's signature (reported 2 Jul 2025) not re-verified from a primary source in this pass; RI previously treated mitragynine/7-OH as controlled (vendor lists). | Effective (as researched): 2026-04-01 | Scope: Licensing of manufacturers/importers/distributors/retailers; 21+ with photo ID; behind-counter storage; labelling and child-resistant packaging; no synthetic or smokable/vape products; 15% wholesale tax.",
  },
  sources: {
    'legal-us-ri-1': {
      id: 'legal-us-ri-1',
      authors: 'FastDemocracy',
      title: 'FastDemocracy: S 0792 summary (effective 1 Apr 2026)',
      venue: 'fastdemocracy.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=RIB00032810&billsummary_session=2025&billsummary_state=ri',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-ri-2': {
      id: 'legal-us-ri-2',
      authors: 'RI Legislature',
      title: 'RI Legislature: H 5565 (introduced text)',
      venue: 'webserver.rilegislature.gov',
      year: null,
      accessed: '2026-11-24',
      url: 'https://webserver.rilegislature.gov/BillText25/HouseText25/H5565.htm',
      kind: 'legal-primary',
    },
    'legal-us-ri-3': {
      id: 'legal-us-ri-3',
      authors: 'Marijuana Herald',
      title: 'Marijuana Herald: House approves RI Kratom Act',
      venue: 'themarijuanaherald.com',
      year: 2025,
      url: 'https://themarijuanaherald.com/2025/05/rhode-island-house-approves-kratom-regulation-bill-in-40-to-24-vote',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
