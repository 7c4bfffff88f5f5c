/** US-HI: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-hi.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-HI',
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
    sources: ['legal-us-hi-1', 'legal-us-hi-2', 'legal-us-hi-3'],
    localRules: false,
    editorNote:
      '2026 session outcome not verified. | Effective (as researched): none | Scope: No kratom-specific statute located. 2025 Hawaii Kratom Consumer Protection Act bills (SB 463; HB 717 - registration from 2026, 7-OH <=2%, labelling, penalties) stalled in committee; HB 717 carried into 2026 (outcome not verified). | Instrument (as researched): None found (SB 463 / HB 717 (2025-2026) not enacted as far as verified) | Previous entry: legal, low confidence, as of 2026-11.',
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
