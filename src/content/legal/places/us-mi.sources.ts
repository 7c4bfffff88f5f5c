/** Sources of US-MI, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-mi-1': {
    id: 'legal-us-mi-1',
    authors: 'Super Speciosa',
    title: 'Super Speciosa: HB 5537 passed the House',
    venue: 'superspeciosa.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://superspeciosa.com/blogs/news/michigan-kratom-ban-alert-protect-consumers-now',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
  'legal-us-mi-2': {
    id: 'legal-us-mi-2',
    authors: 'FastDemocracy',
    title: 'FastDemocracy: Michigan KCPA bill (licensing from 2027)',
    venue: 'fastdemocracy.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=MIB00027680&billsummary_session=2025-2026&billsummary_state=mi',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
