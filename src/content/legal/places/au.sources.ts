/** Sources of AU, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
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
};

export default sources;
