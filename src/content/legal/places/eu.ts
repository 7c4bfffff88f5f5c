/** EU: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: eu.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'EU',
    level: 'supranational',
    status: 'restricted',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Regulation (EU) 2015/2283 on novel foods; national drug laws',
    asOf: '2025-10',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-eu-3', 'legal-eu-1', 'legal-eu-2'],
    localRules: false,
    editorNote:
      "'EU' is an ISO 3166-1 exceptionally reserved code, not a country code. WHO ECDD (44th meeting, Oct 2021) did not recommend international control. | Effective (as researched): none given | Scope: No EU-wide drug control of kratom, mitragynine or 7-OH. As a food/food supplement kratom is an unauthorised novel food (no pre-1997 consumption history); member states decide drug control individually.",
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
