/** Sources of US-AR, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-ar-1': {
    id: 'legal-us-ar-1',
    authors: 'KATV',
    title: 'KATV: Arkansas listed kratom alkaloids in Schedule I (2016)',
    venue: 'katv.com',
    year: 2016,
    url: 'https://katv.com/news/local/dea-moves-to-ban-kratom-months-after-arkansas-made-it-illegal',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-ar-2': {
    id: 'legal-us-ar-2',
    authors: 'Arkansas Express',
    title: 'Arkansas Express: House committee rejects kratom legalisation bill (Apr 2025)',
    venue: 'arkansas-express.com',
    year: 2025,
    url: 'https://arkansas-express.com/2025/04/14/house-committee-rejects-kratom-bill/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
