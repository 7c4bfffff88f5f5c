/** TR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'TR',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2013',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2013',
    effectiveApproximate: true,
    instrument: 'Law No. 2313 on the Control of Narcotic Drugs; Council of Ministers decision (unverified)',
    asOf: '2023',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'low',
    sources: ['legal-ru-1', 'legal-tr-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): Unverified (2013-2014) | Scope: Reported as a controlled substance since 2013/2014 (Council of Ministers decision cited as 2013/5742 by one secondary source - unverified).',
  },
  sources: {
    'legal-tr-1': {
      id: 'legal-tr-1',
      authors: 'LegalClarity',
      title: 'LegalClarity: Turkey',
      venue: 'legalclarity.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://legalclarity.org/is-kratom-legal-in-turkey-laws-and-penalties',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-ru-1': {
      id: 'legal-ru-1',
      authors: 'Refresher.cz',
      title: 'Refresher.cz: map of kratom legality in Europe',
      venue: 'news.refresher.cz',
      year: null,
      accessed: '2026-11-24',
      url: 'https://news.refresher.cz/142228-MAPA-Ve-kterych-evropskych-zemich-je-kratom-legalni',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
