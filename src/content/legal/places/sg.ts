/** SG: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'SG',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2018',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2018',
    effectiveApproximate: true,
    instrument: 'Misuse of Drugs Act 1973 (Class A controlled drugs)',
    asOf: '2026-02',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-sg-1', 'legal-sg-2', 'legal-sg-3'],
    localRules: false,
    editorNote:
      "Effective (as researched): Unverified listing date (enforced since at least 2018) | Scope: Mitragynine and 7-hydroxymitragynine are Class A controlled drugs; importing carries a mandatory minimum of 5 years' jail and 5 strokes of the cane.",
  },
  sources: {
    'legal-sg-1': {
      id: 'legal-sg-1',
      authors: 'AsiaOne',
      title: 'AsiaOne: ICA arrest, Class A controlled drugs (13 Feb 2026)',
      venue: 'asiaone.com',
      year: 2026,
      url: 'https://www.asiaone.com/singapore/indonesian-traveller-kratom-import-cruise-centre',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-sg-2': {
      id: 'legal-sg-2',
      authors: 'CNA',
      title: 'CNA: penalties for importing Class A drugs',
      venue: 'channelnewsasia.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.channelnewsasia.com/singapore/two-malaysian-men-arrested-after-bottles-kratom-found-in-lorry-jurong-port-5690966',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-sg-3': {
      id: 'legal-sg-3',
      authors: 'Straits Times',
      title: 'Straits Times: Tuas Checkpoint kratom case',
      venue: 'straitstimes.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.straitstimes.com/singapore/motorcyclist-caught-at-tuas-checkpoint-for-trying-to-smuggle-kratom-liquid-into-spore',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
