/** NZ: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: nz.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  unsourced: {
    code: 'NZ',
    level: 'national',
    researchGuess: 'unclear',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    editorNote: "Check Medsafe classification database for 'mitragynine'/'Mitragyna speciosa'.",
  },
};

export default place;
