/** Sources of NL, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-nl-1': {
    id: 'legal-nl-1',
    authors: 'Rechtbank Rotterdam',
    title: 'Rechtbank Rotterdam 23 May 2023 (kratom treated as food; import refused)',
    venue: 'lexboost.com',
    year: 2023,
    url: 'https://lexboost.com/rechtspraak/ECLI:NL:RBROT:2023:4249',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-eu-2': {
    id: 'legal-eu-2',
    authors: 'Ploum',
    title: 'Ploum (law firm): Dutch CBb judgment on kratom as food (Oct 2025)',
    venue: 'ploum.nl',
    year: 2025,
    url: 'https://ploum.nl/en/news/foodstuff-or-not-a-closer-look-at-the-legal-status-of-kratom',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
