/** US-NM: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-nm.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  unsourced: {
    code: 'US-NM',
    level: 'state',
    researchGuess: 'legal',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    editorNote: 'Absence of law not positively verified.',
  },
};

export default place;
