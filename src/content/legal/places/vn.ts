/** VN: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  unsourced: {
    code: 'VN',
    level: 'national',
    researchGuess: 'unclear',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    editorNote: 'Needs a check of the current Government decree listing narcotic substances.',
  },
  sources: {},
};

export default place;
