/** RU: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'RU',
    level: 'national',
    status: 'unclear',
    rules: ['sale-prohibited'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Unverified (Government Decree No. 681 lists)',
    asOf: '2023',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'low',
    sources: ['legal-ru-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): none given | Scope: A Czech news outlet states kratom cannot be bought in Russia; no primary source found. | Editorial: sale-prohibited rests only on a Czech news outlet saying kratom cannot be bought in Russia.',
  },
  sources: {
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
