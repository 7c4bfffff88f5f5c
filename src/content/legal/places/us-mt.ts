/** US-MT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-mt.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-MT',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law'],
    minimumAge: null,
    localities: [
      {
        name: 'Yellowstone County',
        kind: 'restriction',
        date: '2026-01-01',
        sources: ['legal-us-mt-2'],
      },
    ],
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-01',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-mt-1', 'legal-us-mt-2'],
    localRules: true,
    editorNote:
      'Effective (as researched): none given | Scope: No state kratom statute (2025 KCPA bill HB 407 failed; interim study). Local restrictions exist. | Instrument (as researched): None statewide',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
