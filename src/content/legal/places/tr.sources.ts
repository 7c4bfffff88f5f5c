/** Sources of TR, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-tr-1': {
    id: 'legal-tr-1',
    authors: 'LegalClarity',
    title: 'LegalClarity: Turkey',
    venue: 'legalclarity.org',
    year: null,
    accessed: '2026-11-24',
    url: 'https://legalclarity.org/is-kratom-legal-in-turkey-laws-and-penalties',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-ru-1': {
    id: 'legal-ru-1',
    authors: 'Refresher.cz',
    title: 'Refresher.cz: map of kratom legality in Europe',
    venue: 'news.refresher.cz',
    year: null,
    accessed: '2026-11-24',
    url: 'https://news.refresher.cz/142228-MAPA-Ve-kterych-evropskych-zemich-je-kratom-legalni',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
