/** Sources of SG, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
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
};

export default sources;
