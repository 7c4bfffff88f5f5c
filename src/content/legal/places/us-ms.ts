/** US-MS: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ms.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-MS',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'registration', 'potency-cap-7oh', 'synthetic-ban'],
    minimumAge: 21,
    history: [
      {
        date: '2025-07-01',
        status: 'regulated',
      },
    ],
    effective: '2025-07-01',
    effectiveApproximate: false,
    instrument: 'HB 1077 (2025) Mississippi Kratom Consumer Protection Act; HB 1896 (2025) kratom excise tax',
    asOf: '2025-07',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-ms-1', 'legal-us-ms-2', 'legal-us-ms-3'],
    localRules: true,
    editorNote:
      "Many local bans: check county/city. | Effective (as researched): 2025-07-01 | Scope: 21+ (purchase and public possession); behind-counter sales; 'kratom product' excludes synthesized alkaloids and products with 7-OH >1% of total alkaloids or >0.5 mg per container; local bans preserved; 25% excise tax and product registration (HB 1896).",
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
