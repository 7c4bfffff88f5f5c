/** Sources of CZ, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-cz-4': {
    id: 'legal-cz-4',
    authors: 'Expats.cz',
    title: 'Czech news in brief for August 20, 2026',
    venue: 'expats.cz',
    year: 2026,
    url: 'https://www.expats.cz/czech-news/article/czech-news-in-brief-for-august-20-2026-thursday-top-morning-headlines',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
    seenVia: 'Kratom News Today briefing 2026-08-21; not opened',
  },
  'legal-cz-1': {
    id: 'legal-cz-1',
    authors: 'ČT24',
    title: 'ČT24: regulation in force 12 Nov 2025; 30 licences',
    venue: 'ct24.ceskatelevize.cz',
    year: null,
    accessed: '2026-11-24',
    url: 'https://ct24.ceskatelevize.cz/clanek/domaci/ministerstvo-zatim-vydalo-kvuli-kratomu-licenci-triceti-obchodum-367121',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-cz-2': {
    id: 'legal-cz-2',
    authors: 'EuroZprávy',
    title: 'EuroZprávy: Ministry of Health statement (§ 33c permits)',
    venue: 'eurozpravy.cz',
    year: null,
    accessed: '2026-11-24',
    url: 'https://eurozpravy.cz/domaci/cesko-zacalo-regulovat-psychomodulacni-latky.l8zswv4t',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-cz-3': {
    id: 'legal-cz-3',
    authors: 'ČT24',
    title: 'ČT24: licensed shops only, no vending machines',
    venue: 'ct24.ceskatelevize.cz',
    year: null,
    accessed: '2026-11-24',
    url: 'https://ct24.ceskatelevize.cz/clanek/domaci/kratom-se-od-stredy-bude-prodavat-jen-v-obchodech-s-licenci-367079',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
