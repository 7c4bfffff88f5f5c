/** US-NV: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-NV',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling'],
    minimumAge: 18,
    history: [
      {
        date: '2019',
        status: 'regulated',
      },
    ],
    effective: '2019',
    effectiveApproximate: false,
    instrument: 'NRS 597.998',
    asOf: '2025',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-nv-1', 'legal-us-nv-2'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2019 (AB 303) | Scope: No sale to under 18; no adulterated products; label must list ingredients and directions; civil penalty up to $1,000 per violation. | Editorial: AB 322 (2023 registration bill) "status unclear": not treated as a pending change.',
  },
  sources: {
    'legal-us-nv-1': {
      id: 'legal-us-nv-1',
      authors: 'Nevada Legislature',
      title: 'NRS 597.998 text',
      venue: 'nevada.public.law',
      year: null,
      accessed: '2026-11-24',
      url: 'https://nevada.public.law/statutes/nrs_597.998',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-nv-2': {
      id: 'legal-us-nv-2',
      authors: 'FastDemocracy',
      title: 'FastDemocracy: AB 322 (2023) summary',
      venue: 'fastdemocracy.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://fastdemocracy.com/bill-summary/?billsummary_state=nv&billsummary_id=NVB00007167&billsummary_session=82',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
