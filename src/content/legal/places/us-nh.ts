/** US-NH: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  unsourced: {
    code: 'US-NH',
    level: 'state',
    researchGuess: 'legal',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    editorNote: 'No source URL retained; verify.',
  },
  sources: {},
};

export default place;
