/** US-MN: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-mn.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-MN',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit'],
    minimumAge: 21,
    history: [
      {
        date: '2018-08-01',
        status: 'regulated',
      },
    ],
    effective: '2026-08-01',
    effectiveApproximate: false,
    instrument: 'Minn. Stat. s. 152.027, subd. 7, as amended in 2026 (HF 3453 reported)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-us-mn-1', 'legal-us-mn-4', 'legal-us-mn-5', 'legal-us-mn-2', 'legal-us-mn-3'],
    localRules: false,
    editorNote:
      'Upgrades the age-21 change from advocacy-only to mainstream news (seen via KNT). Session-law citation not verified. | Effective (as researched): 2018-08-01 (age 18); 2026-08-01 (age 21) | Scope: Sale to and possession by persons under 21 prohibited (raised from 18). | Previous entry: regulated, medium confidence, as of 2026-08.',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
