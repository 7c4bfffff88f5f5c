/** US-NE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ne.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-NE',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'registration', 'lab-testing', 'potency-cap-7oh'],
    minimumAge: 21,
    history: [
      {
        date: '2025-07-01',
        status: 'regulated',
      },
    ],
    effective: '2025-07-01',
    effectiveApproximate: false,
    instrument: 'LB 230 (2025) Kratom Consumer Protection Act, codified in Neb. Rev. Stat. ch. 71 (e.g., § 71-3805)',
    asOf: '2025-07',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-ne-1', 'legal-us-ne-2', 'legal-us-ne-3'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2025-07-01 (most provisions); registration requirement 2026-01-01 | Scope: 21+; online age verification; no products attractive to children; labelling/health warnings; products must be registered with the Department of Revenue (registry; sales of unregistered products barred from 2026-01-01); 7-OH <=2% per certificate of analysis; cGMP/FDA facility registration. | Editorial: lab-testing = 7-OH limit verified per certificate of analysis.',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
