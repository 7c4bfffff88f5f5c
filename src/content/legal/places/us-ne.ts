/** US-NE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-NE',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'registration', 'lab-testing', 'potency-cap-7oh'],
    minimumAge: 21,
    history: [
      {
        date: '2025-07-01',
        status: 'regulated',
      },
    ],
    effective: '2025-07-01',
    effectiveApproximate: false,
    instrument: 'LB 230 (2025) Kratom Consumer Protection Act, codified in Neb. Rev. Stat. ch. 71 (e.g., § 71-3805)',
    asOf: '2025-07',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-ne-1', 'legal-us-ne-2', 'legal-us-ne-3'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2025-07-01 (most provisions); registration requirement 2026-01-01 | Scope: 21+; online age verification; no products attractive to children; labelling/health warnings; products must be registered with the Department of Revenue (registry; sales of unregistered products barred from 2026-01-01); 7-OH <=2% per certificate of analysis; cGMP/FDA facility registration. | Editorial: lab-testing = 7-OH limit verified per certificate of analysis.',
  },
  sources: {
    'legal-us-ne-1': {
      id: 'legal-us-ne-1',
      authors: 'Unicameral Update',
      title: 'Unicameral Update: LB 230 advanced (Mar 2025)',
      venue: 'update.legislature.ne.gov',
      year: 2025,
      url: 'https://update.legislature.ne.gov/?p=38154',
      kind: 'legal-primary',
    },
    'legal-us-ne-2': {
      id: 'legal-us-ne-2',
      authors: 'Nebraska Legislature',
      title: 'Neb. Rev. Stat. § 71-3805 (Laws 2025, LB230, operative 1 Jul 2025)',
      venue: 'nebraskalegislature.gov',
      year: null,
      accessed: '2026-11-24',
      url: 'https://nebraskalegislature.gov/laws/statutes.php?statute=71-3805',
      kind: 'legal-primary',
    },
    'legal-us-ne-3': {
      id: 'legal-us-ne-3',
      authors: 'FastDemocracy',
      title: 'FastDemocracy: LB 230 final reading summary',
      venue: 'fastdemocracy.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=NEB00012960&billsummary_session=109&billsummary_state=ne',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
