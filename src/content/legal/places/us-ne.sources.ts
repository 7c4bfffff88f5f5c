/** Sources of US-NE, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-ne-1': {
    id: 'legal-us-ne-1',
    authors: 'Unicameral Update',
    title: 'Unicameral Update: LB 230 advanced (Mar 2025)',
    venue: 'update.legislature.ne.gov',
    year: 2025,
    url: 'https://update.legislature.ne.gov/?p=38154',
    kind: 'legal-primary',
  },
  'legal-us-ne-2': {
    id: 'legal-us-ne-2',
    authors: 'Nebraska Legislature',
    title: 'Neb. Rev. Stat. § 71-3805 (Laws 2025, LB230, operative 1 Jul 2025)',
    venue: 'nebraskalegislature.gov',
    year: null,
    accessed: '2026-11-24',
    url: 'https://nebraskalegislature.gov/laws/statutes.php?statute=71-3805',
    kind: 'legal-primary',
  },
  'legal-us-ne-3': {
    id: 'legal-us-ne-3',
    authors: 'FastDemocracy',
    title: 'FastDemocracy: LB 230 final reading summary',
    venue: 'fastdemocracy.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=NEB00012960&billsummary_session=109&billsummary_state=ne',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
