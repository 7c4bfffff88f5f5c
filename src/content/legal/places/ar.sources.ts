/** Sources of AR, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-ar-1': {
    id: 'legal-ar-1',
    authors: 'Kratom Science EU',
    title: 'Kratom en América Latina',
    venue: 'kratomscience.eu',
    year: 2021,
    url: 'https://kratomscience.eu/es/2021/10/01/kratom-en-latinoamerica',
    kind: 'advocacy',
    secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
  },
};

export default sources;
