/** US-AK: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ak.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-AK',
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
    sources: ['legal-us-ak-2', 'legal-us-ak-1', 'legal-us-ak-3'],
    localRules: false,
    editorNote:
      "Still rests mainly on absence of evidence; the CSAC minutes confirm kratom was not scheduled as of Oct 2020. | Effective (as researched): none | Scope: No kratom-specific statute or scheduling located. The state Controlled Substances Advisory Committee discussed (Oct 2020) how kratom might be scheduled (crime lab recommended scheduling mitragynine and 7-OH rather than the plant) - no later scheduling found. Vendor claims of a 2016 'SB 30' synthetic-kratom/under-18 law and a Ketchikan ban could not be verified. | Instrument (as researched): None found (AS 11.71 schedules; AS 17.21 'illicit synthetic drugs' is generic) | Previous entry: legal, low confidence, as of 2026-11.",
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
