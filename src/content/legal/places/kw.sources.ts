/** Sources of KW, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-kw-1': {
    id: 'legal-kw-1',
    authors: 'Times Kuwait',
    title: 'Times Kuwait: 140 kg kratom seized (Aug 2022)',
    venue: 'timeskuwait.com',
    year: 2022,
    url: 'https://timeskuwait.com/news/air-customs-officers-seize-140-kilos-kratom/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-kw-2': {
    id: 'legal-kw-2',
    authors: 'Times Kuwait',
    title: '24 bottles of liquid kratom in the grip of air customs',
    venue: 'timeskuwait.com',
    year: 2022,
    url: 'https://timeskuwait.com/news/24-bottles-of-liquid-kratom-in-the-grip-of-air-customs/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
