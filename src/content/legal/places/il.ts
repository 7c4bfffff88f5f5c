/** IL: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: il.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  unsourced: {
    code: 'IL',
    level: 'national',
    researchGuess: 'unclear',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    editorNote: 'No research notes. Research summary: Status could not be determined.',
  },
};

export default place;
