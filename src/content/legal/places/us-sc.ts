/** US-SC: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-sc.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-SC',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'synthetic-ban'],
    minimumAge: 21,
    history: [
      {
        date: '2025-05-12',
        status: 'regulated',
      },
    ],
    effective: '2025-05-12',
    effectiveApproximate: false,
    instrument: 'S.C. Kratom Consumer Protection Act, S. 221 (Act 35 / R53 of 2025), S.C. Code § 44-53-2010 et seq.',
    asOf: '2025-05',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-sc-1', 'legal-us-sc-2'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2025-05-12 | Scope: No sale to under 21; no products adulterated/contaminated or containing fully synthetic alkaloids; residual-solvent limits; labelling; retail storage inaccessible to under-21s. (A proposed 2% 7-OH cap was struck in committee.)',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
