/** Sources of PL, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-pl-3': {
    id: 'legal-pl-3',
    authors: 'Przegląd Medyczny Uniwersytetu Rzeszowskiego (EJCEM)',
    title:
      'Aktywność biologiczna surowców roślinnych objętych Ustawą o przeciwdziałaniu narkomanii (Kowalczuk, Łozak, Fijałek; National Medicines Institute)',
    venue: 'ejcem.ur.edu.pl',
    year: 2012,
    url: 'https://ejcem.ur.edu.pl/node/1331',
    kind: 'secondary',
    secondaryNote: 'Journal article citing the law; the official text was not seen.',
  },
  'legal-pl-4': {
    id: 'legal-pl-4',
    authors: 'Psychiatria Polska 2013;47(3):499-508',
    title: 'Psychoactive plant species - actual list of plants prohibited in Poland (Simonienko et al.)',
    venue: 'psychiatriapolska.pl',
    year: 2013,
    url: 'https://www.psychiatriapolska.pl/Psychoactive-plant-species-actual-list-of-plants-prohibited-in-Poland,154564,0,1.html',
    kind: 'secondary',
    secondaryNote: 'Journal article citing the law; the official text was not seen.',
  },
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
