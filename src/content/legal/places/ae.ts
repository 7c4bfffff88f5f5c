/** AE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  unsourced: {
    code: 'AE',
    level: 'national',
    researchGuess: 'unclear',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    editorNote:
      'No research notes. Research summary: Status not determined; travellers should assume it is not permitted.',
  },
  sources: {},
};

export default place;
