/** US-NM: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  unsourced: {
    code: 'US-NM',
    level: 'state',
    researchGuess: 'legal',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    editorNote: 'Absence of law not positively verified.',
  },
  sources: {},
};

export default place;
