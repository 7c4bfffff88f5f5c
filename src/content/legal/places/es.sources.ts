/** Sources of ES, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-es-1': {
    id: 'legal-es-1',
    authors: 'LegalClarity',
    title: 'LegalClarity: Spain',
    venue: 'legalclarity.org',
    year: null,
    accessed: '2026-11-24',
    url: 'https://legalclarity.org/is-kratom-legal-in-spain-sale-possession-import-rules',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-es-2': {
    id: 'legal-es-2',
    authors: 'vicentebaos.substack.com',
    title: 'Pharmacist blog: sale as supplement not permitted in EU/Spain',
    venue: 'vicentebaos.substack.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://vicentebaos.substack.com/p/katrom',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
