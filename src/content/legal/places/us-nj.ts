/** US-NJ: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-nj.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-NJ',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-02',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'medium',
    sources: ['legal-us-nj-1', 'legal-us-nj-2', 'legal-us-nj-3'],
    localRules: false,
    editorNote:
      "Effective (as researched): none given | Scope: No kratom-specific statute. | Instrument (as researched): None (2026-2027 KCPA bill; 'CJ's Law' ban bill 2024-2025)",
  },
  bestTier: 'secondary',
  secondHandOnly: false,
};

export default place;
