/** Sources of US-VA, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-va-4': {
    id: 'legal-us-va-4',
    authors: 'WTKR (News 3)',
    title: 'New Virginia laws taking effect July 1: Styrofoam bans, assault weapons, marijuana convictions',
    venue: 'wtkr.com',
    year: 2026,
    url: 'https://www.wtkr.com/news/politics/new-virginia-laws-taking-effect-july-1-styrofoam-bans-assault-weapons-marijuana-convictions',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
    seenVia: 'Kratom News Today briefing 2026-06-28; not opened',
  },
  'legal-us-va-1': {
    id: 'legal-us-va-1',
    authors: 'Augusta Free Press',
    title: 'Augusta Free Press: SB 1108 signed (2023)',
    venue: 'augustafreepress.com',
    year: 2023,
    url: 'https://augustafreepress.com/news/governor-signs-consumer-legislation-to-protect-kratom-into-virginia-law/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-va-2': {
    id: 'legal-us-va-2',
    authors: 'VPAP',
    title: 'VPAP: HB 360 (2026) status',
    venue: 'origin.vpap.org',
    year: null,
    accessed: '2026-11-24',
    url: 'https://origin.vpap.org/bills/88342',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-va-3': {
    id: 'legal-us-va-3',
    authors: 'BillTrack50',
    title: 'BillTrack50: HB 360',
    venue: 'billtrack50.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.billtrack50.com/billdetail/1926442',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
