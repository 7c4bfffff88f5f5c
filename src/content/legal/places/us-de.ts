/** US-DE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-de.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-DE',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-us-de-2', 'legal-us-de-3', 'legal-us-de-4', 'legal-us-de-1', 'legal-us-az-4'],
    localRules: false,
    editorNote:
      "Re-check: if HB 332 was enacted Delaware becomes 'regulated' (21+); if SB 262, 'banned'. | Effective (as researched): none | Scope: No kratom-specific statute in force at last verification. 2026: HB 332 (KCPA-style: synthetic products banned, 21+, alkaloid labelling, 7-OH above natural levels banned) passed the House on 16 Jun 2026; SB 262 (ban on manufacture/sale; possession penalties removed by amendment) pending in Senate Health and Social Services. Session ended 30 Jun 2026; final outcome not verified. | Instrument (as researched): None verified (HB 332 and SB 262, 2026 - outcomes unverified) | Previous entry: legal, low confidence, as of 2026-04.",
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
