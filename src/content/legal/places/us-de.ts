/** US-DE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-DE',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-04',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'low',
    sources: ['legal-us-de-1', 'legal-us-az-4'],
    localRules: false,
    editorNote:
      '2026 session outcome unverified. | Effective (as researched): none given | Scope: No kratom-specific statute.',
  },
  sources: {
    'legal-us-de-1': {
      id: 'legal-us-de-1',
      authors: 'LegalClarity',
      title: 'LegalClarity: Delaware kratom law overview',
      venue: 'legalclarity.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://legalclarity.org/is-kratom-legal-in-delaware-a-look-at-state-laws',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-az-4': {
      id: 'legal-us-az-4',
      authors: 'Top Tree Herbs',
      title: 'Top Tree Herbs advocacy update (14 Apr 2026): AZ criminalisation bill failed',
      venue: 'toptreeherbs.com',
      year: 2026,
      url: 'https://toptreeherbs.com/urgent-kratom-policy-changes-and-advocacy-resources/',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
  },
};

export default place;
