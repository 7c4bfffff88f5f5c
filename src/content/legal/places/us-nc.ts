/** US-NC: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-nc.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-NC',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'pending-change'],
    minimumAge: 18,
    history: [
      {
        date: '2016',
        status: 'regulated',
      },
    ],
    localities: [
      {
        name: 'Dare County',
        kind: 'restriction',
        date: '2026-08',
        sources: ['legal-us-nc-5'],
      },
    ],
    effective: '2016',
    effectiveApproximate: false,
    instrument: "G.S. 14-313.1 'Youth access to kratom'; HB 328 (2025-2026 session) pending",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: ['legal-us-nc-1', 'legal-us-nc-5', 'legal-us-nc-2', 'legal-us-nc-4', 'legal-us-nc-3'],
    localRules: true,
    editorNote:
      'Status unchanged; any post-November 2026 House action on HB 328 not checked. | Effective (as researched): 2016 (G.S. 14-313.1); HB 328 pending | Scope: Distribution of kratom products to persons under 18 prohibited (proof of age; online age verification). HB 328 (synthetic kratom ban, 21+ for natural kratom, plus hemp rules) passed the Senate (~2 Jul 2026) but the House deferred any vote until after the November 2026 election. | Previous entry: regulated, medium confidence, as of 2025.',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
