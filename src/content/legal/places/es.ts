/** ES: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: es.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'ES',
    level: 'national',
    status: 'restricted',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Not controlled; Regulation (EU) 2015/2283; medicines law (RDL 1/2015)',
    asOf: '2025',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-es-1', 'legal-es-2'],
    localRules: false,
    editorNote:
      "EU baseline: kratom is not under UN/EU drug control, but it is an unauthorised novel food in the EU (Regulation (EU) 2015/2283), so it cannot lawfully be sold as a food or food supplement; RASFF alerts are frequent. | Effective (as researched): none given | Scope: Not a controlled drug; not authorised as a medicine or food (unauthorised novel food); sold only as 'not for human consumption'.",
  },
  bestTier: 'secondary',
  secondHandOnly: false,
};

export default place;
