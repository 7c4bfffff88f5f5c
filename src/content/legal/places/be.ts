/** BE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: be.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'BE',
    level: 'national',
    status: 'unclear',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Unverified (KB 26 Sept 2017)',
    asOf: '2026-11',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'low',
    sources: ['legal-be-1'],
    localRules: false,
    editorNote:
      "EU baseline: kratom is not under UN/EU drug control, but it is an unauthorised novel food in the EU (Regulation (EU) 2015/2283), so it cannot lawfully be sold as a food or food supplement; RASFF alerts are frequent. | Effective (as researched): none given | Scope: No source found; the 2017 royal decree introduced generic NPS group controls, but kratom's inclusion was not verified. | Editorial: food-supplement-ban = EU novel-food baseline only; national drug status not determined.",
  },
  bestTier: 'secondary',
  secondHandOnly: false,
};

export default place;
