/** Sources of SK, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-sk-1': {
    id: 'legal-sk-1',
    authors: 'CPLDZ',
    title: 'CPLDZ (Centre for Treatment of Drug Dependencies) memo 08/2021',
    venue: 'cpldz.sk',
    year: 2021,
    url: 'https://cpldz.sk/2021/12/16/',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
