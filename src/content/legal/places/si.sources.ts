/** Sources of SI, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-si-1': {
    id: 'legal-si-1',
    authors: 'DrogArt (Slovenian harm-reduction association)',
    title: 'Uredba o razvrstitvi prepovedanih drog (summary page)',
    venue: 'drogart.org',
    year: 2019,
    url: 'https://www.drogart.org/droge/2268/u-r-e-d-b-a-o-razvrstitvi-prepovedanih.html',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-si-2': {
    id: 'legal-si-2',
    authors: 'Delo',
    title: 'V koprskem pristanišču so odkrili 3000 kilogramov prepovedane droge kratom',
    venue: 'delo.si',
    year: 2024,
    url: 'https://www.delo.si/novice/crna-kronika/v-koprskem-pristaniscu-so-odkrili-3000-kilogramov-prepovedane-droge-kratom',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-si-3': {
    id: 'legal-si-3',
    authors: '24ur.com',
    title: 'V Kopru odkrili 3000 kilogramov prepovedane droge kratom',
    venue: '24ur.com',
    year: 2024,
    url: 'https://www.24ur.com/novice/crna-kronika/v-kopru-odkrili-3000-kilogramov-prepovedane-droge-kratom.html',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
