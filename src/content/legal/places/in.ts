/** IN: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: in.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'IN',
    level: 'national',
    status: 'unclear',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Unverified (NDPS Act 1985 schedules)',
    asOf: '2026-11',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'low',
    sources: ['legal-in-1'],
    localRules: false,
    editorNote:
      "Do not show 'banned' or 'legal' without checking the NDPS schedules. | Effective (as researched): none given | Scope: No primary source found; one low-quality website claims kratom is banned under the NDPS Act. | Editorial: no-specific-law = no reliable source found; one low-quality site claims a ban under the NDPS Act.",
  },
  bestTier: 'secondary',
  secondHandOnly: false,
};

export default place;
