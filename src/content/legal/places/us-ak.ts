/** US-AK: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  unsourced: {
    code: 'US-AK',
    level: 'state',
    researchGuess: 'legal',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    editorNote: 'Absence of law inferred from lack of any located statute, bill or news; not positively verified.',
  },
  sources: {},
};

export default place;
