/** Sources of US-NJ, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-nj-1': {
    id: 'legal-us-nj-1',
    authors: 'BillTrack50',
    title: 'BillTrack50: NJ Kratom Consumer Protection Act (introduced 19 Feb 2026)',
    venue: 'billtrack50.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.billtrack50.com/billdetail/1971291',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-nj-2': {
    id: 'legal-us-nj-2',
    authors: 'FastDemocracy',
    title: "FastDemocracy: CJ's Law (ban) 2024-2025",
    venue: 'fastdemocracy.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=NJB00062837&billsummary_session=2024-2025&billsummary_state=nj',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-nj-3': {
    id: 'legal-us-nj-3',
    authors: 'LegalClarity',
    title: 'LegalClarity: NJ kratom legal',
    venue: 'legalclarity.org',
    year: null,
    accessed: '2026-11-24',
    url: 'https://legalclarity.org/what-are-new-jerseys-laws-on-kratom',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
