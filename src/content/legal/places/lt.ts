/** LT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: lt.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'LT',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2023',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'low',
    sources: ['legal-pl-2', 'legal-pl-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): none given | Scope: Reported as controlled; instrument not verified. | Instrument (as researched): Unverified',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
