/** Sources of EU, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-eu-1': {
    id: 'legal-eu-1',
    authors: 'Verbraucherzentrale',
    title: 'Verbraucherzentrale: kratom is an unauthorised novel food; RASFF alerts',
    venue: 'verbraucherzentrale.sh',
    year: null,
    accessed: '2026-11-24',
    url: 'https://verbraucherzentrale.sh/wissen/lebensmittel/nahrungsergaenzungsmittel/kratom-erhebliches-risiko-27156',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
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
  'legal-eu-3': {
    id: 'legal-eu-3',
    authors: 'Pharmazeutische Zeitung',
    title: 'Pharmazeutische Zeitung: novel food status; countries controlling kratom',
    venue: 'pharmazeutische-zeitung.de',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.pharmazeutische-zeitung.de/erhebliches-risiko-bei-verzehr-von-kratom-144419/seite/2',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
