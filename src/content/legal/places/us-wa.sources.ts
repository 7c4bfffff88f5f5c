/** Sources of US-WA, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-wa-3': {
    id: 'legal-us-wa-3',
    authors: 'Municipal Research and Services Center (MRSC)',
    title: 'In the Absence of State Regulation, Local Governments Look to Restrict Kratom',
    venue: 'mrsc.org',
    year: 2026,
    url: 'https://mrsc.org/stay-informed/mrsc-insight/may-2026/kratom-bans',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    seenVia: 'Kratom News Today briefing 2026-05-11; not opened',
  },
  'legal-us-wa-4': {
    id: 'legal-us-wa-4',
    authors: 'The Spokesman-Review',
    title: 'Spokane bans sale of kratom',
    venue: 'spokesman.com',
    year: 2026,
    url: 'https://www.spokesman.com/stories/2026/mar/02/spokane-bans-sale-of-kratom/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
    seenVia: 'Kratom News Today; not opened',
  },
  'legal-us-wa-5': {
    id: 'legal-us-wa-5',
    authors: 'Columbia Basin Herald',
    title: 'Mattawa becomes third in Grant Co. to ban kratom',
    venue: 'columbiabasinherald.com',
    year: 2026,
    url: 'https://columbiabasinherald.com/news/2026/jun/12/mattawa-becomes-third-in-grant-co-to-ban-kratom/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
    seenVia: 'Kratom News Today briefing 2026-06-15; not opened',
  },
  'legal-us-wa-1': {
    id: 'legal-us-wa-1',
    authors: 'KPQ',
    title: 'KPQ: three Washington kratom bills (Feb 2026)',
    venue: 'kpq.com',
    year: 2026,
    url: 'https://kpq.com/washington-kratom-regulation-bills/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-wa-2': {
    id: 'legal-us-wa-2',
    authors: 'FastDemocracy',
    title: 'FastDemocracy: WA KCPA bill (effective 1 Jan 2027 if enacted)',
    venue: 'fastdemocracy.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=WAB00024297&billsummary_session=2025-2026&billsummary_state=wa',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
