/** LA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: la.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'LA',
    level: 'national',
    status: 'banned',
    rules: ['sale-prohibited'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-la-1'],
    localRules: false,
    editorNote:
      'Single (state-media-derived) source; article date and legal instrument not identified. New jurisdiction. | Effective (as researched): Unverified (pre-dates the news report) | Scope: Police state that cultivation and distribution of kratom are illegal in Laos; enforcement includes arrests for processing/selling kratom tea and uprooting of trees. | Instrument (as researched): Unverified (Lao narcotics law / drug-control lists; instrument not identified)',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
