/** Sources of BG, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-bg-1': {
    id: 'legal-bg-1',
    authors: 'Express Highs (vendor blog)',
    title: 'Il kratom è legale? (country list)',
    venue: 'blog.expresshighs.com',
    year: null,
    accessed: '2026-12-06',
    url: 'https://blog.expresshighs.com/it/il-kratom-e-legale',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
  'legal-bg-2': {
    id: 'legal-bg-2',
    authors: 'LegalClarity',
    title: "What Is Kratom's Legal Status in Europe?",
    venue: 'legalclarity.org',
    year: null,
    accessed: '2026-12-06',
    url: 'https://legalclarity.org/what-is-kratoms-legal-status-in-europe',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
