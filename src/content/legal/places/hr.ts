/** HR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: hr.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'HR',
    level: 'national',
    status: 'unclear',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-hr-2', 'legal-hr-3', 'legal-hr-1', 'legal-hr-4'],
    localRules: false,
    editorNote:
      "Kept 'unclear'; likely 'banned'/'restricted' (possession a misdemeanour) if an official list confirms mitragynine. Sources disagree on whether personal possession is tolerated. | Effective (as researched): none | Scope: Vendor and legal-information websites claim mitragynine is controlled in Croatia, with personal possession treated as a misdemeanour (fine) rather than a crime; German consumer-protection material reportedly lists Croatia among states with kratom controls. No Croatian official source found. | Instrument (as researched): Unverified (Croatian list of drugs, psychotropic substances and plants) | Previous entry: unclear, low confidence, as of 2026-11.",
  },
  bestTier: 'secondary',
  secondHandOnly: false,
};

export default place;
