/** Sources of US-WV, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-wv-4': {
    id: 'legal-us-wv-4',
    authors: 'West Virginia Secretary of State (Code of State Rules)',
    title: 'Notice of Public Comment Period - kratom product rules',
    venue: 'apps.sos.wv.gov',
    year: 2026,
    url: 'https://apps.sos.wv.gov/adlaw/csr/readfile.aspx?DocId=59070&Format=PDF',
    kind: 'legal-primary',
    seenVia: 'Kratom News Today briefing 2026-06-27; not opened',
  },
  'legal-us-wv-3': {
    id: 'legal-us-wv-3',
    authors: 'WV Legislature',
    title: 'WV Legislature: SB 534 (2026)',
    venue: 'bills.wvlegislature.gov',
    year: 2026,
    url: 'https://bills.wvlegislature.gov/bill/history/2026/RS/SB534',
    kind: 'legal-primary',
  },
  'legal-us-wv-5': {
    id: 'legal-us-wv-5',
    authors: 'FastDemocracy',
    title:
      'FastDemocracy: 2026 bill transferring CBD/kratom oversight to the ABCA Commissioner (effective 1 Jul 2026 if enacted)',
    venue: 'fastdemocracy.com',
    year: 2026,
    url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=WVB00033186&billsummary_session=2026&billsummary_state=wv',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-wv-1': {
    id: 'legal-us-wv-1',
    authors: 'West Virginia Legislature',
    title: 'W. Va. Code § 19-12F-4 (permits)',
    venue: 'code.wvlegislature.gov',
    year: null,
    accessed: '2026-11-24',
    url: 'https://code.wvlegislature.gov/19-12F-4/',
    kind: 'legal-primary',
  },
  'legal-us-wv-2': {
    id: 'legal-us-wv-2',
    authors: 'West Virginia Legislature',
    title: 'W. Va. Code § 19-12F-6 (age verification, 21)',
    venue: 'code.wvlegislature.gov',
    year: null,
    accessed: '2026-11-24',
    url: 'https://code.wvlegislature.gov/19-12F-6/',
    kind: 'legal-primary',
  },
};

export default sources;
