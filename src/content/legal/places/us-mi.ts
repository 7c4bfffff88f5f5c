/** US-MI: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-mi.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-MI',
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
    sources: ['legal-us-mi-2', 'legal-us-mi-1'],
    localRules: false,
    editorNote:
      'Re-check Senate action on HB 5537 (lame-duck session). | Effective (as researched): none | Scope: No kratom-specific statute in force at last verification. HB 5537 (ban on growth, sale and import of kratom) passed the House in May 2026 on a largely party-line vote and was pending in the Senate as of late July 2026; KCPA bills also pending. City of Warren approved first reading of a local sales ban (Jul 2026). | Instrument (as researched): None (HB 5537 House-passed 2026; Senate action unverified) | Previous entry: legal, low confidence, as of 2026-03.',
  },
  bestTier: 'secondary',
  secondHandOnly: false,
};

export default place;
