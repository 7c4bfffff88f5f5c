/** Sources of US-WY, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-wy-1': {
    id: 'legal-us-wy-1',
    authors: 'Wyoming Legislature',
    title: 'SF0056 Enrolled Act No. 44 (text)',
    venue: 'keepinglawsimple.org',
    year: 2026,
    url: 'https://www.keepinglawsimple.org/states/wyoming/bills/2026/SF0056',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-us-wy-2': {
    id: 'legal-us-wy-2',
    authors: 'FastDemocracy',
    title: 'FastDemocracy: SF0056 (effective 1 Jul 2026)',
    venue: 'fastdemocracy.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=WYB00005840&billsummary_session=2026&billsummary_state=wy',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-wy-3': {
    id: 'legal-us-wy-3',
    authors: 'Wyoming Legislature',
    title: 'HB0185 Kratom prohibition (2026)',
    venue: 'keepinglawsimple.org',
    year: 2026,
    url: 'https://www.keepinglawsimple.org/states/wyoming/bills/2026/HB0185',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
};

export default sources;
