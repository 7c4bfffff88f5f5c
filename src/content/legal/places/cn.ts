/** CN: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: cn.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  unsourced: {
    code: 'CN',
    level: 'national',
    researchGuess: 'unclear',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    editorNote: 'Hong Kong is listed separately (banned).',
  },
};

export default place;
