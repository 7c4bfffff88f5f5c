/** Sources of US-MS, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-ms-1': {
    id: 'legal-us-ms-1',
    authors: 'Mississippi Legislature',
    title: 'Legiplex: HB 1077 as sent to Governor (text)',
    venue: 'app.legiplex.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://app.legiplex.com/ms/legislature/2025/2025-r/bills/hb1077/drafts-compare',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-us-ms-2': {
    id: 'legal-us-ms-2',
    authors: 'Dana Criswell',
    title: 'Legislator newsletter: HB 1077 signed 24 Apr 2025, effective 1 Jul 2025',
    venue: 'politicalemails.org',
    year: null,
    accessed: '2026-11-24',
    url: 'https://politicalemails.org/messages/1872302/html_body',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-ms-3': {
    id: 'legal-us-ms-3',
    authors: 'Fight for Botanicals',
    title: 'Fight for Botanicals: 25% excise tax, registration',
    venue: 'fightforbotanicals.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://fightforbotanicals.com/mississippi-sets-new-age-limits-and-taxes-on-kratom-sales',
    kind: 'advocacy',
    secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
  },
};

export default sources;
