/** Sources of LA, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-la-1': {
    id: 'legal-la-1',
    authors: 'J&C Insurance Brokers news page, republishing Vientiane Times',
    title: 'Police Seize 43 Bags of Kratom Leaves (source: Vientiane Times)',
    venue: 'jclao.com',
    year: null,
    accessed: '2026-12-06',
    url: 'https://jclao.com/police-seize-43-bags-of-kratom-leaves/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
