/** Sources of US-NV, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-nv-1': {
    id: 'legal-us-nv-1',
    authors: 'Nevada Legislature',
    title: 'NRS 597.998 text',
    venue: 'nevada.public.law',
    year: null,
    accessed: '2026-11-24',
    url: 'https://nevada.public.law/statutes/nrs_597.998',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-us-nv-2': {
    id: 'legal-us-nv-2',
    authors: 'FastDemocracy',
    title: 'FastDemocracy: AB 322 (2023) summary',
    venue: 'fastdemocracy.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://fastdemocracy.com/bill-summary/?billsummary_state=nv&billsummary_id=NVB00007167&billsummary_session=82',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
