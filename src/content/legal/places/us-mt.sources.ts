/** Sources of US-MT, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-mt-1': {
    id: 'legal-us-mt-1',
    authors: 'Daily Inter Lake',
    title: 'Daily Inter Lake: no Montana kratom law; regulation planned for 2027',
    venue: 'hagadonenewsnetwork.com',
    year: 2026,
    url: 'https://hagadonenewsnetwork.com/news/2026/jan/23/lawmakers-look-to-regulate-kratom-ahead-of-2027-le',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-mt-2': {
    id: 'legal-us-mt-2',
    authors: 'KTVQ',
    title: 'KTVQ: Yellowstone County rule effective 1 Jan 2026',
    venue: 'ktvq.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.ktvq.com/news/local-news/state-officials-users-draw-mixed-reactions-over-new-yellowstone-county-kratom-rule',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
