/** Sources of HK, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-hk-1': {
    id: 'legal-hk-1',
    authors: 'HK Customs',
    title: 'News reprint of HK Customs statement: mitragynine listed 13 Aug 2021',
    venue: 'mocten.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://mocten.com/hong-kong-customs-makes-the-first-seizure-of-kratom-stimulants',
    kind: 'news',
    secondaryNote: 'News reprint of a Hong Kong Customs statement; the official statement was not seen.',
  },
  'legal-hk-2': {
    id: 'legal-hk-2',
    authors: 'SCMP',
    title: 'SCMP: crackdown since ban (Mar 2022)',
    venue: 'scmp.com',
    year: 2022,
    url: 'https://www.scmp.com/news/hong-kong/law-and-crime/article/3172023/hong-kong-customs-crackdown-disrupts-shipments-banned',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
