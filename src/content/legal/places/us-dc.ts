/** US-DC: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-dc.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-DC',
    level: 'district',
    status: 'unclear',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'D.C. Code Title 48, ch. 9; 22 DCMR ch. 12 (no kratom entry verified)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-us-dc-1', 'legal-us-dc-2', 'legal-us-dc-3', 'legal-us-dc-4', 'legal-us-dc-5'],
    localRules: false,
    editorNote:
      "Priority: check 22 DCMR 1201 history (2016 emergency rulemaking?) and the LAPPA table entry for D.C. | Effective (as researched): none | Scope: No explicit listing of kratom, mitragynine or 7-OH found in the D.C. Controlled Substances Act schedules (D.C. Code 48-902.04; 22 DCMR ch. 12). Vendor sites claim the District listed 7-OH/kratom in 2016 and reversed it in 2018; a legal-policy tracker (LAPPA, Jan 2026, as quoted) counts D.C. among jurisdictions that 'regulate kratom' in some form. No primary instrument located. | Previous entry: unclear, low confidence, as of 2026-11.",
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
