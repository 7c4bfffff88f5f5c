/** CA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: ca.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'CA',
    level: 'national',
    status: 'restricted',
    rules: ['sale-prohibited', 'import-restricted'],
    minimumAge: null,
    history: [
      {
        date: '2017',
        status: 'restricted',
      },
    ],
    effective: '2017',
    effectiveApproximate: false,
    instrument: 'Food and Drugs Act (health products require Health Canada authorization)',
    asOf: '2018-05',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-ca-1', 'legal-ca-2', 'legal-ca-3'],
    localRules: false,
    editorNote:
      'No recent (2024-2026) federal change found. | Effective (as researched): Health Canada advisories since 2017 | Scope: Not controlled under the Controlled Drugs and Substances Act; Health Canada has not authorised any kratom product for ingestion and treats sale of unauthorised health products as illegal (recalls, seizures, border interdiction with CBSA).',
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
