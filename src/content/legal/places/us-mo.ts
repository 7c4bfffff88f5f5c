/** US-MO: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-mo.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-MO',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    localities: [
      {
        name: 'Kansas City',
        kind: 'restriction',
        date: '2026-02',
        sources: ['legal-us-mo-2'],
      },
    ],
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-03',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'medium',
    sources: ['legal-us-mo-1', 'legal-us-mo-2', 'legal-us-mo-3'],
    localRules: true,
    editorNote:
      '2026 state bills to regulate kratom/ban 7-OH reported; outcome unverified. | Effective (as researched): none given | Scope: No state kratom statute (a 2022 KCPA, HB 1667, was vetoed). Local ordinances regulate or ban. | Instrument (as researched): None statewide',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
