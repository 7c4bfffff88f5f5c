/** JP: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'JP',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2016-03-19',
        status: 'banned',
      },
    ],
    effective: '2016-03-19',
    effectiveApproximate: false,
    instrument:
      'Pharmaceuticals and Medical Devices Act (PMD Act) designation by MHLW ministerial ordinance (announced 9 Mar 2016)',
    asOf: '2016-03',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-jp-1', 'legal-jp-2'],
    localRules: false,
    editorNote:
      "Primary ordinance text not fetched; designation widely reported. | Effective (as researched): 2016-03-19 | Scope: Mitragyna speciosa (plant) plus mitragynine and 7-hydroxymitragynine designated as 'designated substances' (shitei yakubutsu); import, manufacture, sale, possession and use prohibited except for research/medical purposes.",
  },
  sources: {
    'legal-jp-1': {
      id: 'legal-jp-1',
      authors: 'MHLW',
      title: 'MHLW Designated Substances Committee minutes (8 Mar 2016)',
      venue: 'mhlw.go.jp',
      year: 2016,
      url: 'http://www.mhlw.go.jp/stf/shingi2/0000131249.html',
      kind: 'legal-primary',
    },
    'legal-jp-2': {
      id: 'legal-jp-2',
      authors: '小森榮',
      title: 'クラトムが指定薬物に|2016年3月の新規指定',
      venue: '弁護士小森榮の薬物問題ノート (33765910.at.webry.info)',
      year: 2016,
      url: 'https://33765910.at.webry.info/201603/article_4.html',
      kind: 'secondary',
      secondaryNote: 'Blog summary of the MHLW designation; the ministerial ordinance was not fetched.',
    },
  },
};

export default place;
