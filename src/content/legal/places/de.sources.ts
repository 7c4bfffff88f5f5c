/** Sources of DE, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-de-1': {
    id: 'legal-de-1',
    authors: 'Pharmazeutische Zeitung',
    title: 'Pharmazeutische Zeitung: BfArM warns against kratom; not in BtMG',
    venue: 'pharmazeutische-zeitung.de',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.pharmazeutische-zeitung.de/bfarm-warnt-vor-pflanzlicher-droge-kratom-157080',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
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
};

export default sources;
