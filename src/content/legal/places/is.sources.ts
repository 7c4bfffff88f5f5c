/** Sources of IS, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-is-1': {
    id: 'legal-is-1',
    authors: 'Vísir',
    title: 'Vísir: police seize kratom, illegal under narcotics law (2026)',
    venue: 'visir.is',
    year: 2026,
    url: 'https://www.visir.is/g/20262848662d/logdu-hald-a-tugi-kiloa-litt-thekkts-fikniefnis',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
