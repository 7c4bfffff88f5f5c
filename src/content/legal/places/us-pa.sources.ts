/** Sources of US-PA, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-pa-1': {
    id: 'legal-us-pa-1',
    authors: 'PA House Democrats',
    title: 'PA House Democrats: HB 2058 introduced (Dec 2025)',
    venue: 'pahouse.com',
    year: 2025,
    url: 'https://www.pahouse.com/SouthWestDelegation/NewsCenter/?pg=1',
    kind: 'legal-primary',
  },
  'legal-us-pa-2': {
    id: 'legal-us-pa-2',
    authors: 'Times Observer',
    title: 'Times Observer: HB 2058',
    venue: 'timesobserver.com',
    year: 2025,
    url: 'https://www.timesobserver.com/news/local-news/2025/12/bill-to-ban-kratom-introduced-in-house',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-pa-3': {
    id: 'legal-us-pa-3',
    authors: 'Kratom Science',
    title: 'Kratom Science: HB 2058 provisions',
    venue: 'kratomscience.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.kratomscience.com/?p=8926',
    kind: 'advocacy',
    secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
  },
};

export default sources;
