/** Sources of US-DE, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-de-2': {
    id: 'legal-us-de-2',
    authors: 'Delaware General Assembly',
    title: 'HB 332 bill detail',
    venue: 'legis.delaware.gov',
    year: 2026,
    url: 'https://legis.delaware.gov/BillDetail/143524',
    kind: 'legal-primary',
    seenVia: 'Kratom News Today briefing 2026-06-21; not opened',
  },
  'legal-us-de-3': {
    id: 'legal-us-de-3',
    authors: 'Delaware News Journal',
    title: 'What is kratom, and what do 2 Delaware bills plan to do about it?',
    venue: 'delawareonline.com',
    year: 2026,
    url: 'https://www.delawareonline.com/story/news/health/2026/06/21/kratom-2-delaware-bills-plan/75370698007/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
    seenVia: 'Kratom News Today; not opened',
  },
  'legal-us-de-4': {
    id: 'legal-us-de-4',
    authors: 'WHYY',
    title: 'Delaware bills compete to regulate kratom, an opioid-like herbal supplement',
    venue: 'whyy.org',
    year: 2026,
    url: 'https://whyy.org/articles/delaware-legislation-kratom-regulation/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
    seenVia: 'Kratom News Today; not opened',
  },
  'legal-us-de-1': {
    id: 'legal-us-de-1',
    authors: 'LegalClarity',
    title: 'LegalClarity: Delaware kratom law overview',
    venue: 'legalclarity.org',
    year: null,
    accessed: '2026-11-24',
    url: 'https://legalclarity.org/is-kratom-legal-in-delaware-a-look-at-state-laws',
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
