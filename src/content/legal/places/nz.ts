/** NZ: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  unsourced: {
    code: 'NZ',
    level: 'national',
    researchGuess: 'unclear',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    editorNote: "Check Medsafe classification database for 'mitragynine'/'Mitragyna speciosa'.",
  },
  sources: {},
};

export default place;
