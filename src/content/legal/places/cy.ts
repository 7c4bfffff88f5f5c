/** CY: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: cy.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  unsourced: {
    code: 'CY',
    level: 'national',
    researchGuess: 'unclear',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    editorNote:
      'EU baseline: kratom is not under UN/EU drug control, but it is an unauthorised novel food in the EU (Regulation (EU) 2015/2283), so it cannot lawfully be sold as a food or food supplement; RASFF alerts are frequent.',
  },
};

export default place;
