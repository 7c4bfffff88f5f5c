/** AT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: at.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'AT',
    level: 'national',
    status: 'restricted',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Not controlled; Regulation (EU) 2015/2283 (novel foods)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-at-2', 'legal-at-3', 'legal-at-4', 'legal-at-1'],
    localRules: false,
    editorNote:
      "Confidence raised from low to medium (regional newspaper consistent with statute texts). The 18+ rule appears to be seller practice, not law. | Effective (as researched): none | Scope: Not scheduled under the Narcotics Act (SMG); the NPSG covers only synthetic compounds; kratom is neither an authorised medicine nor a lawful food (unauthorised novel food). In practice it is sold in shops labelled 'not for human consumption', 18+. | Previous entry: restricted, low confidence, as of 2025.",
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
