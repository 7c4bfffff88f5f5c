/** Sources of US-RI, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-ri-1': {
    id: 'legal-us-ri-1',
    authors: 'FastDemocracy',
    title: 'FastDemocracy: S 0792 summary (effective 1 Apr 2026)',
    venue: 'fastdemocracy.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=RIB00032810&billsummary_session=2025&billsummary_state=ri',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-ri-2': {
    id: 'legal-us-ri-2',
    authors: 'RI Legislature',
    title: 'RI Legislature: H 5565 (introduced text)',
    venue: 'webserver.rilegislature.gov',
    year: null,
    accessed: '2026-11-24',
    url: 'https://webserver.rilegislature.gov/BillText25/HouseText25/H5565.htm',
    kind: 'legal-primary',
  },
  'legal-us-ri-3': {
    id: 'legal-us-ri-3',
    authors: 'Marijuana Herald',
    title: 'Marijuana Herald: House approves RI Kratom Act',
    venue: 'themarijuanaherald.com',
    year: 2025,
    url: 'https://themarijuanaherald.com/2025/05/rhode-island-house-approves-kratom-regulation-bill-in-40-to-24-vote',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
