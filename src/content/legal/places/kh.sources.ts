/** Sources of KH, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-kh-1': {
    id: 'legal-kh-1',
    authors: 'The Nation (Thailand) / The Phnom Penh Post',
    title: 'Cambodia NACD seeks data on kratom (Phnom Penh Post via Asia News Network)',
    venue: 'nationthailand.com',
    year: 2024,
    url: 'https://www.nationthailand.com/news/asean/40040787',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-kh-2': {
    id: 'legal-kh-2',
    authors: 'Nectarleaf (vendor blog)',
    title: 'Cambodian Authorities Intensify Crackdown on Kratom Cultivation',
    venue: 'nectarleaf.eu',
    year: 2024,
    url: 'https://www.nectarleaf.eu/2024/08/cambodian-authorities-intensify-crackdown-on-kratom-cultivation/',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
};

export default sources;
