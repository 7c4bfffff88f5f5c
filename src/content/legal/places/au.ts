/** AU: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'AU',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance', 'import-restricted'],
    minimumAge: null,
    history: [
      {
        date: '2004',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2004',
    effectiveApproximate: true,
    instrument:
      'Poisons Standard (SUSMP) Schedule 9; state/territory drugs and poisons legislation; Customs (Prohibited Imports) controls',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-12-06',
    confidence: 'high',
    sources: ['legal-au-1', 'legal-au-2'],
    localRules: false,
    editorNote:
      'Adds a 2024 government confirmation; no change in status. | Effective (as researched): 2003-2004 (NDPSC decisions Oct 2003 and Feb/Jun 2004; state commencement dates vary) | Scope: Mitragynine and the plant Mitragyna speciosa in Schedule 9 (Prohibited Substance) of the Poisons Standard; implemented via state/territory law. Importation is prohibited; the Australian Border Force continues to seize kratom at the border (e.g., >6 kg in Sydney, Aug 2024). | Previous entry: banned, high confidence, as of 2004.',
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
    'legal-au-2': {
      id: 'legal-au-2',
      authors: 'Australian Border Force via National Tribune',
      title: 'ABF seizes psychoactive plant in Sydney (republished ABF media release)',
      venue: 'nationaltribune.com.au',
      year: 2024,
      url: 'https://www.nationaltribune.com.au/abf-seizes-psychoactive-plant-in-sydney/',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
  },
};

export default place;
