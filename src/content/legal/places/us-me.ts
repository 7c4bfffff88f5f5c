/** US-ME: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-me.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-ME',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-us-me-1', 'legal-us-me-2'],
    localRules: false,
    editorNote:
      'Primary LD 1384 chapter law not checked. | Effective (as researched): none | Scope: No kratom-specific statute located. In 2017 a bill (LD 1384 / SP 428) initially proposed adding mitragynine to Schedule W; mitragynine was removed before passage (vendor-reported). No later ban or KCPA located. | Instrument (as researched): None found | Previous entry: legal, low confidence, as of 2026-11.',
  },
  bestTier: 'interested',
  secondHandOnly: false,
};

export default place;
