/** US-GA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ga.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-GA',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling'],
    minimumAge: 21,
    history: [
      {
        date: '2025-01-01',
        status: 'regulated',
      },
    ],
    effective: '2025-01-01',
    effectiveApproximate: false,
    instrument: "HB 181 (2024), amending Georgia's kratom provisions (O.C.G.A. Title 16, ch. 13; cite unverified)",
    asOf: '2026-06',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-ga-2', 'legal-us-ga-3', 'legal-us-ga-1', 'legal-us-ga-4', 'legal-us-ga-5'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2025-01-01 | Scope: 21+; products kept behind counter/employee-only display; limits on alkaloid concentrations; labelling; no vaporised/heated kratom; penalties for violations. | Editorial: Scope says "limits on alkaloid concentrations" without naming 7-OH; potency-cap-7oh not set until verified.',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
