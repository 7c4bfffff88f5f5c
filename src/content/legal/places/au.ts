/** AU: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'AU',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    effective: '2004',
    effectiveApproximate: true,
    instrument: 'Poisons Standard (SUSMP) Schedule 9; state/territory drugs and poisons legislation',
    asOf: '2004',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-au-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2003-2004 (NDPSC decisions Oct 2003 and Feb/Jun 2004; state commencement dates vary) | Scope: Mitragynine and the plant Mitragyna speciosa in Schedule 9 (Prohibited Substance) of the Poisons Standard; implemented via state/territory law.',
  },
  sources: {
    'legal-au-1': {
      id: 'legal-au-1',
      authors: 'NDPSC',
      title: 'Erowid reproduction of NDPSC minutes (Meeting 41, Jun 2004)',
      venue: 'erowid.org',
      year: 2004,
      url: 'https://www.erowid.org/plants/kratom/kratom_law1.shtml',
      kind: 'legal-mirror',
      secondaryNote: 'Erowid reproduction of NDPSC minutes; the official minutes were not seen.',
    },
  },
};

export default place;
