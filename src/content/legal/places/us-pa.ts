/** US-PA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-pa.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-PA',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2025-12',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'medium',
    sources: ['legal-us-pa-1', 'legal-us-pa-2', 'legal-us-pa-3'],
    localRules: false,
    editorNote:
      'Effective (as researched): none given | Scope: No kratom-specific statute. | Instrument (as researched): None (HB 2058 and SB 233 KCPA bills pending)',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
