/** US-IA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ia.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-IA',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-us-ia-2', 'legal-us-ia-1', 'legal-us-ia-3', 'legal-us-ia-4'],
    localRules: false,
    editorNote:
      'Confidence raised from low to medium; no primary adjournment record opened. Mid-2026 national tallies of ban states (Kratom News Today) also omit Iowa. | Effective (as researched): none | Scope: No kratom-specific statute. 2026 bills to place kratom in Schedule I (HF 2133 / SF 2192) and the competing regulatory amendment (H-8168, new chapter 124F) did not become law; the legislature adjourned without enacting either. | Instrument (as researched): None | Previous entry: legal, low confidence, as of 2026-01.',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
