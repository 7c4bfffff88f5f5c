/** Sources of PT, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-pt-1': {
    id: 'legal-pt-1',
    authors: 'Kratom Science EU',
    title: 'Kratom Science EU: included in Portaria 154/2013',
    venue: 'kratomscience.eu',
    year: null,
    accessed: '2026-11-24',
    url: 'https://kratomscience.eu/kratom-em-portugal',
    kind: 'advocacy',
    secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
  },
  'legal-pt-2': {
    id: 'legal-pt-2',
    authors: 'Ministério da Saúde (Portugal)',
    title: 'Portaria n.º 232/2022, de 7 de setembro',
    venue: 'dre.tretas.org',
    year: 2022,
    url: 'https://dre.tretas.org/dre/5050633/portaria-232-2022-de-7-de-setembro',
    kind: 'legal-mirror',
    secondaryNote: "Third-party copy of Portaria 232/2022 (context only; kratom's listing not verified from it).",
  },
};

export default sources;
