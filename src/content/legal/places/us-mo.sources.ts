/** Sources of US-MO, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-mo-1': {
    id: 'legal-us-mo-1',
    authors: 'Missourinet',
    title: 'Missourinet: KCPA vetoed by Gov. Parson (2022)',
    venue: 'missourinet.com',
    year: 2023,
    url: 'https://www.missourinet.com/2023/04/18/house-member-looks-to-establish-kratom-regulations-despite-governor-veto-last-summer/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-mo-2': {
    id: 'legal-us-mo-2',
    authors: 'KSHB',
    title: 'KSHB: Kansas City adopts 7-OH/kratom regulations (12 Feb 2026)',
    venue: 'kshb.com',
    year: 2026,
    url: 'https://www.kshb.com/news/local-news/investigations/drug-regulation/kansas-city-missouri-city-council-adopts-regulations-on-7-oh-kratom',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-mo-3': {
    id: 'legal-us-mo-3',
    authors: 'KSHB',
    title: 'KSHB: Blue Springs rejects outright ban (3 Mar 2026)',
    venue: 'kshb.com',
    year: 2026,
    url: 'https://www.kshb.com/news/local-news/blue-springs-city-council-votes-down-proposed-ordinance-to-prohibit-sale-of-kratom-products',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
