/** Sources of US-ME, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-me-1': {
    id: 'legal-us-me-1',
    authors: 'POC Medical Systems',
    title: 'Is Kratom Legal in Maine? Where can you buy it?',
    venue: 'pocmedicalsystems.com',
    year: null,
    accessed: '2026-12-06',
    url: 'https://pocmedicalsystems.com/kratom/maine/',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
  'legal-us-me-2': {
    id: 'legal-us-me-2',
    authors: 'Kraoma',
    title: 'Is Kratom Legal in Maine in 2023?',
    venue: 'kraoma.com',
    year: 2023,
    url: 'https://kraoma.com/kratom-maine-legality/',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
};

export default sources;
