/** Sources of HR, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-hr-1': {
    id: 'legal-hr-1',
    authors: 'Express Highs (vendor blog)',
    title: 'Il kratom è legale? (country list)',
    venue: 'blog.expresshighs.com',
    year: null,
    accessed: '2026-12-06',
    url: 'https://blog.expresshighs.com/it/il-kratom-e-legale',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
  'legal-hr-2': {
    id: 'legal-hr-2',
    authors: 'LegalClarity',
    title: "What Is Kratom's Legal Status in Europe?",
    venue: 'legalclarity.org',
    year: null,
    accessed: '2026-12-06',
    url: 'https://legalclarity.org/what-is-kratoms-legal-status-in-europe',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-hr-3': {
    id: 'legal-hr-3',
    authors: 'Verbraucherzentrale NRW',
    title: 'Verbraucherzentrale NRW: list of controlling countries',
    venue: 'verbraucherzentrale.nrw',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.verbraucherzentrale.nrw/wissen/projekt-klartext-nem/kratom-erhebliches-risiko-27156',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-hr-4': {
    id: 'legal-hr-4',
    authors: 'Kratomit (vendor blog)',
    title: 'Kratom legalita (Europe overview)',
    venue: 'kratomit.sk',
    year: null,
    accessed: '2026-12-06',
    url: 'https://www.kratomit.sk/blog/kratom-legalita-evropa/',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
};

export default sources;
