/** NO: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: no.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'NO',
    level: 'national',
    status: 'unclear',
    rules: ['medicine-only'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Medicines Act / Legemiddelverket herb list (Urtelisten) - kratom entry unverified',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-no-1', 'legal-no-2'],
    localRules: false,
    editorNote:
      "General rule only; no kratom-specific Norwegian source found. | Effective (as researched): none | Scope: Kratom not found on the Norwegian narcotics list in any source seen. Norwegian practice: herbs with a pharmacological effect that are not listed as 'H' (trade goods) on the Norwegian Medicines Agency's herb list are treated as medicines; prescription-listed (LR) herbs may not be imported by post. Whether kratom is on the herb list (and as 'LR') was not verified. | Previous entry: unclear, low confidence, as of 2026-11.",
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
