/** Sources of CA, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-ca-1': {
    id: 'legal-ca-1',
    authors: 'Health Canada',
    title: 'Health Canada advisory (12 Jun 2017): no kratom product authorised',
    venue: 'newswire.ca',
    year: 2017,
    url: 'http://newswire.ca/news-releases/advisory---unauthorized-matrix-red-and-white-vein-thai-and-medicine-man-lone-wolf-kratom-capsules-recalled-by-rgr-canada-inc-628015413.html',
    kind: 'legal-mirror',
    secondaryNote: 'Copy of the Health Canada advisory on a newswire site; the official page was not seen.',
  },
  'legal-ca-2': {
    id: 'legal-ca-2',
    authors: 'Edmonton Journal',
    title: 'Edmonton Journal: Health Canada seizures (May 2018)',
    venue: 'edmontonjournal.com',
    year: 2018,
    url: 'http://edmontonjournal.com/news/local-news/health-canada-seizes-unauthorized-herbal-products-from-two-edmonton-stores',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-ca-3': {
    id: 'legal-ca-3',
    authors: 'InHalton',
    title: 'InHalton: Health Canada seizes kratom in Milton',
    venue: 'inhalton.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.inhalton.com/health-canada-seizes-illegal-items-in-milton',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
