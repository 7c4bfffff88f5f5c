/** Sources of IT, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-it-1': {
    id: 'legal-it-1',
    authors: 'Sputnik Italia',
    title: 'Sputnik Italia: kratom illegal under decree of 1 Aug 2016',
    venue: 'it.sputniknews.com',
    year: 2021,
    url: 'https://it.sputniknews.com/20210825/la-thailandia-legalizza-il-kratom-uno-stimulante-naturale-illegale-in-italia-12640957.html',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-it-2': {
    id: 'legal-it-2',
    authors: 'Buongiorno Novara',
    title: 'Buongiorno Novara: listed as narcotic Aug 2016',
    venue: 'buongiornonovara.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.buongiornonovara.com/kratom-la-nuova-droga-arrivata-italia-passando-domdossola/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
