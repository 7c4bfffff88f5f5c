/** MM: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'MM',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Unverified (presumably the Narcotic Drugs and Psychotropic Substances Law 1993 schedules)',
    asOf: '2021-10',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'low',
    sources: ['legal-mm-1'],
    localRules: false,
    editorNote: 'Effective (as researched): none given | Scope: Kratom reported as banned.',
  },
  sources: {
    'legal-mm-1': {
      id: 'legal-mm-1',
      authors: 'Transnational Institute',
      title: 'Transnational Institute: Kratom - the creation of a threat (Oct 2021)',
      venue: 'tni.org',
      year: 2021,
      url: 'https://tni.org/en/publication/kratom-the-creation-of-a-threat',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
