/** US-KY: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-KY',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'potency-cap-7oh', 'synthetic-ban'],
    minimumAge: 21,
    history: [
      {
        date: '2024-07-15',
        status: 'regulated',
      },
    ],
    effective: '2024-07-15',
    effectiveApproximate: false,
    instrument: 'HB 293 (2024 Ky. Acts ch. 44), KRS 217.2200 et seq.',
    asOf: '2024-07',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-ky-1', 'legal-us-ky-2'],
    localRules: false,
    editorNote:
      "A third-party claim of a 2026 Kentucky ban (attributed to 'HB 757') appears to be an error (HB 757 was a Georgia bill); no Kentucky repeal or ban found. | Effective (as researched): 2024-07-15 | Scope: 21+; no adulterated/contaminated products; 7-OH <=2% of alkaloid fraction; no synthetic alkaloids; residual-solvent limits; labelling.",
  },
  sources: {
    'legal-us-ky-1': {
      id: 'legal-us-ky-1',
      authors: 'Kentucky LRC',
      title: 'Kentucky LRC: HB 293 record (signed 4 Apr 2024, Acts ch. 44)',
      venue: 'apps.legislature.ky.gov',
      year: null,
      accessed: '2026-11-24',
      url: 'https://apps.legislature.ky.gov/record/24RS/hb293.html',
      kind: 'legal-primary',
    },
    'legal-us-ky-2': {
      id: 'legal-us-ky-2',
      authors: 'Kentucky General Assembly',
      title: 'KRS 217.2202 text (effective 15 Jul 2024)',
      venue: 'courtgpt.ai',
      year: null,
      accessed: '2026-11-24',
      url: 'https://courtgpt.ai/laws/kentucky/chapter-217/section-217-2202',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
  },
};

export default place;
