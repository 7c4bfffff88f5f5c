/** Sources of US-IL, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-il-4': {
    id: 'legal-us-il-4',
    authors: 'The Advantage News (Alton, IL)',
    title: 'Alton City Council bans kratom',
    venue: 'advantagenews.com',
    year: 2018,
    url: 'http://advantagenews.com/news/alton-city-council-bans-kratom/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-il-5': {
    id: 'legal-us-il-5',
    authors: 'WAND via Local News Wave',
    title: 'Monticello passes ordinance banning sale of unregulated drugs incl. synthetic kratom',
    venue: 'localnewswave.com',
    year: 2026,
    url: 'https://www.localnewswave.com/article/1026769643304742912',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-il-1': {
    id: 'legal-us-il-1',
    authors: 'ILGA',
    title: 'ILGA: HB 5526 amendment text (Kratom Control Act)',
    venue: 'ilga.gov',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.ilga.gov/legislation/fulltext.asp?DocName=09800HB5526ham001&GA=98&LegID=80516&SessionId=85&SpecSess=0&DocTypeId=HB&DocNum=5526&GAID=12&Session=',
    kind: 'legal-primary',
  },
  'legal-us-il-2': {
    id: 'legal-us-il-2',
    authors: 'House Republican caucus',
    title: 'House Republican caucus blog: HB 5526 signed 18 Aug 2014',
    venue: 'thecaucusblog.com',
    year: 2014,
    url: 'https://www.thecaucusblog.com/2014/08/new-illinois-laws-create-harsher.html',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-il-3': {
    id: 'legal-us-il-3',
    authors: 'ILGA',
    title: 'ILGA: HB 5242 (104th GA) Illinois Kratom Consumer Protection Act',
    venue: 'ilga.gov',
    year: null,
    accessed: '2026-11-24',
    url: 'https://ilga.gov/ftp/legislation/104/HB/10400HB5242.htm',
    kind: 'legal-primary',
  },
};

export default sources;
