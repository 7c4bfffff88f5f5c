/** Sources of UA, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
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
};

export default sources;
