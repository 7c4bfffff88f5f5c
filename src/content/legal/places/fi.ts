/** FI: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'FI',
    level: 'national',
    status: 'unclear',
    rules: ['sale-prohibited'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Unverified (Narcotics Act schedules or Fimea list of medicinal substances)',
    asOf: '2025-01',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'low',
    sources: ['legal-fi-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): none given | Scope: Reported as controlled (Swedish news agency TT: classified as a narcotic in Finland); other sources describe it as a prescription-only medicine under Fimea\'s medicines list. | Editorial: Sources conflict (narcotic vs prescription-only medicine); only "not lawfully sold as a consumer product" is set.',
  },
  sources: {
    'legal-fi-1': {
      id: 'legal-fi-1',
      authors: 'Sweden Herald (TT)',
      title: "Sweden Herald (TT): 'already classified as a narcotic in ... Finland'",
      venue: 'swedenherald.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://swedenherald.com/article/imported-as-soap-this-is-how-the-plant-drug-is-to-be-stopped',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
