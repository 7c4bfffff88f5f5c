/** KW: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: kw.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'KW',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance', 'import-restricted'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-kw-1', 'legal-kw-2'],
    localRules: false,
    editorNote:
      'Raised from low to medium: two separate official customs statements reported in local news; schedule entry still not seen. | Effective (as researched): none | Scope: Customs treat kratom (leaf and liquid extracts) as a forbidden narcotic substance; seizures referred to the Anti-Narcotics Department. | Instrument (as researched): Unverified (Kuwait narcotics law schedules) | Previous entry: banned, low confidence, as of 2022-11.',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
