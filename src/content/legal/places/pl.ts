/** PL: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'PL',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2009',
        status: 'banned',
      },
    ],
    effective: '2009',
    effectiveApproximate: false,
    instrument:
      'Ustawa o przeciwdziałaniu narkomanii (Act on Counteracting Drug Addiction, 2005) as amended by the Act of 20 March 2009 (Dz.U. 2009 Nr 63 poz. 520); exact annex list not verified',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-pl-2', 'legal-pl-3', 'legal-pl-4', 'legal-pl-1'],
    localRules: false,
    editorNote:
      'Confidence raised from low to medium (two peer-reviewed Polish articles citing the amending act). Primary Dz.U. text not opened. | Effective (as researched): 2009 (Act of 20 March 2009, Dz.U. 2009 Nr 63 poz. 520) | Scope: Mitragyna speciosa is one of 16 psychoactive plant species added to the lists of controlled plants by the 20 March 2009 amendment of the Act on Counteracting Drug Addiction; possession and trade are offences under that Act. | Previous entry: banned, low confidence, as of 2023.',
  },
  sources: {
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
  },
};

export default place;
