/** US-SD: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-SD',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'potency-cap-7oh', 'synthetic-ban'],
    minimumAge: 21,
    effective: '2021',
    effectiveApproximate: false,
    instrument: 'SDCL 34-20B-115 (HB 1262, 2021); SDCL 34-20B-115.1 (HB 1056, 2025)',
    asOf: '2026-02',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-sd-1', 'legal-us-sd-2', 'legal-us-sd-3'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2021 (age); 2025 (HB 1056 product rules) | Scope: No sale/distribution to under 21 (Class 2 misdemeanor); 7-OH <=2% of alkaloid fraction; no synthetic alkaloids; labelling (serving size, alkaloid amounts, warning). | Editorial: 2026 ban bills reportedly failed (unverified): not treated as a pending change.',
  },
  sources: {
    'legal-us-sd-1': {
      id: 'legal-us-sd-1',
      authors: 'SD Legislature',
      title: 'SD Legislature: HB 1262 (2021)',
      venue: 'mylrc.sdlegislature.gov',
      year: 2021,
      url: 'https://mylrc.sdlegislature.gov/api/Documents/Bill/217190.html?Year=2021',
      kind: 'legal-primary',
    },
    'legal-us-sd-2': {
      id: 'legal-us-sd-2',
      authors: '',
      title: 'SDCL 34-20B-115.1 text',
      venue: 'lexace.ai',
      year: null,
      accessed: '2026-11-24',
      url: 'https://lexace.ai/us/statute/south-dakota/34-20B-115.1',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-sd-3': {
      id: 'legal-us-sd-3',
      authors: '',
      title: 'Legiplex: HB 1056 enrolled',
      venue: 'app.legiplex.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://app.legiplex.com/sd/legislature/2025/2025-r/bills/hb1056/drafts-compare',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
  },
};

export default place;
