/** US-DC: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-DC',
    level: 'district',
    status: 'unclear',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'D.C. Code Title 48, ch. 9 (Controlled Substances Act); 22 DCMR ch. 12',
    asOf: '2026-11',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'low',
    sources: ['legal-us-dc-1', 'legal-us-dc-2'],
    localRules: false,
    editorNote:
      "Do not show 'legal' for DC until verified. | Effective (as researched): none given | Scope: No explicit listing of kratom/mitragynine/7-OH found in the DC Controlled Substances Act schedules; DC treats controlled-substance analogues intended for human consumption as Schedule I (§ 48-902.14).",
  },
  sources: {
    'legal-us-dc-1': {
      id: 'legal-us-dc-1',
      authors: '',
      title: 'DC Code ch. 9 (Controlled Substances Act)',
      venue: 'code.dccouncil.gov',
      year: null,
      accessed: '2026-11-24',
      url: 'https://code.dccouncil.gov/us/dc/council/code/titles/48/chapters/9/index.full.html',
      kind: 'legal-primary',
    },
    'legal-us-dc-2': {
      id: 'legal-us-dc-2',
      authors: '',
      title: 'DC Code § 48-902.14 (analogues)',
      venue: 'lexace.ai',
      year: null,
      accessed: '2026-11-24',
      url: 'https://lexace.ai/us/statute/district-of-columbia/48-902.14',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
  },
};

export default place;
