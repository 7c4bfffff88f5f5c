/** Sources of IE, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-ie-1': {
    id: 'legal-ie-1',
    authors: 'Department of Health (Ireland)',
    title: 'S.I. No. 554/2011 – Misuse of Drugs (Exemption) (Amendment) Order 2011',
    venue: 'irishstatutebook.ie',
    year: 2011,
    url: 'https://irishstatutebook.ie/eli/2011/si/554',
    kind: 'legal-primary',
  },
};

export default sources;
