/** Sources of GB, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-gb-1': {
    id: 'legal-gb-1',
    authors: 'The Scottish Sun',
    title: 'NCA/Police Scotland import charges (May 2020)',
    venue: 'thescottishsun.co.uk',
    year: 2020,
    url: 'https://www.thescottishsun.co.uk/news/5593837/bathgate-dad-son-dangerous-drug-kratom/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-gb-2': {
    id: 'legal-gb-2',
    authors: 'LegalClarity',
    title: 'LegalClarity: kratom under PSA 2016',
    venue: 'legalclarity.org',
    year: null,
    accessed: '2026-11-24',
    url: 'https://legalclarity.org/what-is-the-legal-status-of-kratom-in-england',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
