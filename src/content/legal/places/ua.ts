/** UA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'UA',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2024-11',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2024-11',
    effectiveApproximate: true,
    instrument: 'Cabinet of Ministers Resolution No. 1306 of 15 Nov 2024',
    asOf: '2024-11',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-ua-1', 'legal-ua-2', 'legal-ua-3'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2024-11 (resolution of 15 Nov 2024; reported in force 19 Nov 2024) | Scope: Kratom (Mitragyna speciosa) and mitragynine added to the list of narcotic drugs, psychotropic substances and precursors (restricted circulation).',
  },
  sources: {
    'legal-ua-1': {
      id: 'legal-ua-1',
      authors: 'RBC-Ukraine',
      title: 'RBC-Ukraine: CMU Resolution 1306',
      venue: 'rbc.ua',
      year: null,
      accessed: '2026-11-24',
      url: 'https://rbc.ua/rus/news/ukrayini-zaboronili-dvi-psihotropni-rechovini-1732044305.html/amp',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-ua-2': {
      id: 'legal-ua-2',
      authors: 'Patrioty Ukrainy',
      title: 'Patrioty Ukrainy: Resolution 1306 of 15 Nov 2024',
      venue: 'patrioty.org.ua',
      year: null,
      accessed: '2026-11-24',
      url: 'https://patrioty.org.ua/society/zelenyi-poroshok-vyiavyvsia-nebezpechnym-kabmin-vnis-do-pereliku-psykhotropnykh-rechovyn-napii-iakyi-prodaiut-v-deiakykh-ukrainskykh-kaviarniakh-535568.html',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-ua-3': {
      id: 'legal-ua-3',
      authors: '056.ua',
      title: '056.ua: banned from 19 Nov',
      venue: '056.ua',
      year: null,
      accessed: '2026-11-24',
      url: 'https://056.ua/news/3861552/caj-so-rujnue-zitta-comu-kratom-opinivsa-poza-zakonom-v-ukraini',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
