/** Sources of US-LA, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-la-1': {
    id: 'legal-us-la-1',
    authors: 'WRKF',
    title: "WRKF: Louisiana's kratom ban takes effect Aug 1 (31 Jul 2025)",
    venue: 'wrkf.org',
    year: 2025,
    url: 'https://www.wrkf.org/law-and-order/2025-07-31/louisianas-kratom-ban-to-take-effect-this-week',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-la-2': {
    id: 'legal-us-la-2',
    authors: 'Houma Times',
    title: 'Houma Times / Louisiana Dept of Revenue notice (1 Aug 2025)',
    venue: 'houmatimes.com',
    year: 2025,
    url: 'https://houmatimes.com/news/louisianas-new-kratom-ban-to-take-effect-today/?utm_source=rss&utm_medium=rss&utm_campaign=louisianas-new-kratom-ban-to-take-effect-today',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-la-3': {
    id: 'legal-us-la-3',
    authors: 'Louisiana Legislature',
    title: 'Legiplex: SB 154 summary (penalties)',
    venue: 'app.legiplex.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://app.legiplex.com/la/legislature/2025/2025-r/bills/sb154',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
};

export default sources;
