/** Sources of BE, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-be-1': {
    id: 'legal-be-1',
    authors: 'VAD',
    title: 'VAD: 2017 generic NPS legislation (context)',
    venue: 'vad.be',
    year: null,
    accessed: '2026-11-24',
    url: 'https://vad.be/artikels/generieke-wetgeving-maakt-bijna-alle-nieuwe-psychoactieve-stoffen-nps-illegaal/',
    kind: 'secondary',
    secondaryNote: 'Secondary source on the 2017 generic NPS law (context only; kratom not verified).',
  },
};

export default sources;
