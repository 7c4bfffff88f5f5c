/** Sources of IN, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-in-1': {
    id: 'legal-in-1',
    authors: 'WorldLawDigest',
    title: 'WorldLawDigest claim (low reliability)',
    venue: 'worldlawdigest.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.worldlawdigest.com/india/is-kratom-legal-in-india',
    kind: 'secondary',
    secondaryNote: 'Low-reliability website; used only as a lead.',
  },
};

export default sources;
