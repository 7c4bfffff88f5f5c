/** Sources of US-IN, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-in-1': {
    id: 'legal-us-in-1',
    authors: 'LegalClarity',
    title: 'LegalClarity: Indiana kratom law',
    venue: 'legalclarity.org',
    year: null,
    accessed: '2026-11-24',
    url: 'https://legalclarity.org/is-kratom-legal-in-indiana-state-laws-explained',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-in-2': {
    id: 'legal-us-in-2',
    authors: 'bulkkratomnow.com',
    title: 'Vendor overview (2024)',
    venue: 'bulkkratomnow.com',
    year: 2024,
    url: 'https://bulkkratomnow.com/kratom-legality-in-indiana-2024/',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
};

export default sources;
