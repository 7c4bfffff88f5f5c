/** US-SD: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-sd.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-SD',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'potency-cap-7oh', 'synthetic-ban'],
    minimumAge: 21,
    history: [
      {
        date: '2021',
        status: 'regulated',
      },
    ],
    effective: '2021',
    effectiveApproximate: false,
    instrument: 'SDCL 34-20B-115 (HB 1262, 2021); SDCL 34-20B-115.1 (HB 1056, 2025)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-12-06',
    confidence: 'high',
    sources: ['legal-us-sd-1', 'legal-us-sd-2', 'legal-us-sd-3', 'legal-us-sd-4', 'legal-us-sd-5', 'legal-us-sd-6'],
    localRules: false,
    editorNote:
      "Resolves the 'reportedly failed (unverified)' note for SB 77. The House bill's final fate was not located, but no 2026 SD ban appears in mid-2026 national tallies. Note: a Kratom News Today briefing of 3 Jun 2026 misdates the January committee action. | Effective (as researched): 2021 (age); 2025 (HB 1056 product rules) | Scope: No sale/distribution to under 21 (Class 2 misdemeanor); 7-OH <=2% of alkaloid fraction; no synthetic alkaloids; labelling (serving size, alkaloid amounts, warning). | Previous entry: regulated, high confidence, as of 2026-02.",
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
