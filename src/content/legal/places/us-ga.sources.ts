/** Sources of US-GA, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-ga-1': {
    id: 'legal-us-ga-1',
    authors: 'AP',
    title: 'AP: Georgia governor signs kratom regulation law (2 May 2024)',
    venue: 'kvia.com',
    year: 2024,
    url: 'https://kvia.com/news/ap-national/2024/05/02/georgia-governor-signs-law-adding-regulations-for-production-and-sale-of-herbal-supplement-kratom/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-ga-2': {
    id: 'legal-us-ga-2',
    authors: 'Georgia House',
    title: 'Georgia House press release on HB 181 signing',
    venue: 'house-press.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://house-press.com/?p=13033',
    kind: 'legal-primary',
  },
  'legal-us-ga-3': {
    id: 'legal-us-ga-3',
    authors: 'Georgia General Assembly',
    title: 'Legiplex: HB 181 history (chaptered 5/2/24)',
    venue: 'app.legiplex.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://app.legiplex.com/ga/legislature/2023/2023-r/bills/hb181',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-us-ga-4': {
    id: 'legal-us-ga-4',
    authors: 'AntiKratom',
    title: 'AntiKratom: HB 968 ban failed (2026)',
    venue: 'antikratom.org',
    year: null,
    accessed: '2026-11-24',
    url: 'https://antikratom.org/states/georgia.html',
    kind: 'advocacy',
    secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
  },
  'legal-us-ga-5': {
    id: 'legal-us-ga-5',
    authors: 'Kraken Kratom',
    title: "Kraken Kratom blog (9 Jun 2026): HB 968 'would have'; new study committee",
    venue: 'krakenkratom.com',
    year: 2026,
    url: 'https://krakenkratom.com/resources/wp-json/wp/v2/posts/2380',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
};

export default sources;
