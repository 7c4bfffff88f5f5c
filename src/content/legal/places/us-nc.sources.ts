/** Sources of US-NC, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-nc-4': {
    id: 'legal-us-nc-4',
    authors: 'WFAE',
    title: 'NC House decides against vote on hemp product ban',
    venue: 'wfae.org',
    year: 2026,
    url: 'https://www.wfae.org/2026-08-04/nc-house-decides-against-vote-hemp-product-ban',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
    seenVia: 'Kratom News Today briefing 2026-08-06; not opened',
  },
  'legal-us-nc-5': {
    id: 'legal-us-nc-5',
    authors: 'Dare County, NC',
    title: 'Dare County Ordinance Establishes Kratom Sale Regulations',
    venue: 'darenc.gov',
    year: 2026,
    url: 'https://www.darenc.gov/Home/Components/News/News/9578/17',
    kind: 'legal-primary',
    seenVia: 'Kratom News Today briefing 2026-08-05; not opened',
  },
  'legal-us-nc-1': {
    id: 'legal-us-nc-1',
    authors: 'NC General Assembly',
    title: 'NC General Assembly: HB 747 (youth access to kratom)',
    venue: 'ncleg.net',
    year: null,
    accessed: '2026-11-24',
    url: 'http://www.ncleg.net/Sessions/2015/Bills/House/HTML/H747v3.html',
    kind: 'legal-primary',
  },
  'legal-us-nc-2': {
    id: 'legal-us-nc-2',
    authors: 'Daily Journal',
    title: 'Daily Journal: Senate passes HB 747 (2016)',
    venue: 'yourdailyjournal.com',
    year: 2016,
    url: 'https://www.yourdailyjournal.com/news/local-news-5/38753/senate-passes-bill-regulating-sale-of-kratom',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-nc-3': {
    id: 'legal-us-nc-3',
    authors: 'UNC School of Government',
    title: "UNC School of Government LRS: 'Regulate Kratom Products' bill summary",
    venue: 'lrs.sog.unc.edu',
    year: null,
    accessed: '2026-11-24',
    url: 'https://lrs.sog.unc.edu/bill/regulate-kratom-products',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
