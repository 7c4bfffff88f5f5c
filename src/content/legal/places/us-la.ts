/** US-LA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-la.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-LA',
    level: 'state',
    status: 'banned',
    rules: ['controlled-substance'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2025-08-01',
        status: 'banned',
      },
    ],
    effective: '2025-08-01',
    effectiveApproximate: false,
    instrument: 'Act 41 of 2025 (SB 154), Uniform Controlled Dangerous Substances Law',
    asOf: '2025-08',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-la-3', 'legal-us-la-1', 'legal-us-la-2'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2025-08-01 | Scope: Kratom, mitragynine and 7-OH in Schedule I; possession, production, distribution prohibited; ATC-licensed establishments may not sell or store kratom.',
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
