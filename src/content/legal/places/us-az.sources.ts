/** Sources of US-AZ, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-az-1': {
    id: 'legal-us-az-1',
    authors: 'Arizona Mirror',
    title: 'Arizona Mirror: Ducey signs kratom bill (2 May 2019)',
    venue: 'azmirror.com',
    year: 2019,
    url: 'https://www.azmirror.com/2019/05/02/ducey-signs-bill-to-stop-kratom-sales-to-minors/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-az-2': {
    id: 'legal-us-az-2',
    authors: 'Arizona Senate',
    title: 'Arizona Senate fact sheet citing Laws 2019, ch. 156 (KCPA)',
    venue: 'azleg.gov',
    year: null,
    accessed: '2026-11-24',
    url: 'https://azleg.gov/legtext/55leg/1R/summary/S.1339HHS_ASPASSEDCOMMITTEE.DOCX.htm',
    kind: 'legal-primary',
  },
  'legal-us-az-3': {
    id: 'legal-us-az-3',
    authors: 'FastDemocracy',
    title: 'FastDemocracy: 2026 Arizona kratom/7-OH bill (House & Senate engrossed)',
    venue: 'fastdemocracy.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=AZB00020493&billsummary_session=57th-2nd-regular&billsummary_state=az',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-az-4': {
    id: 'legal-us-az-4',
    authors: 'Top Tree Herbs',
    title: 'Top Tree Herbs advocacy update (14 Apr 2026): AZ criminalisation bill failed',
    venue: 'toptreeherbs.com',
    year: 2026,
    url: 'https://toptreeherbs.com/urgent-kratom-policy-changes-and-advocacy-resources/',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
};

export default sources;
