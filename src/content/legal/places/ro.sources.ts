/** Sources of RO, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-pl-1': {
    id: 'legal-pl-1',
    authors: 'Verbraucherzentrale NRW',
    title: 'Verbraucherzentrale NRW: list of controlling countries',
    venue: 'verbraucherzentrale.nrw',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.verbraucherzentrale.nrw/wissen/projekt-klartext-nem/kratom-erhebliches-risiko-27156',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-pl-2': {
    id: 'legal-pl-2',
    authors: 'eldiario.es',
    title: 'eldiario.es (2016): regulated in DK, LV, LT, PL, RO, SE',
    venue: 'eldiario.es',
    year: 2016,
    url: 'https://eldiario.es/sociedad/drogas-kratom-ciencia_1_3771513.amp.html',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
