/** US-SC: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
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
  sources: {
    'legal-us-sc-1': {
      id: 'legal-us-sc-1',
      authors: 'SC Statehouse',
      title: 'SC Statehouse: S. 221 history (signed 12 May 2025)',
      venue: 'scstatehouse.gov',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.scstatehouse.gov/sess126_2025-2026/bills/221.htm',
      kind: 'legal-primary',
    },
    'legal-us-sc-2': {
      id: 'legal-us-sc-2',
      authors: 'South Carolina General Assembly',
      title: 'S.C. Code § 44-53-2020 text',
      venue: 'lexace.ai',
      year: null,
      accessed: '2026-11-24',
      url: 'https://lexace.ai/us/statute/south-carolina/44-53-2020',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
  },
};

export default place;
