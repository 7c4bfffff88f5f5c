/** PT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'PT',
    level: 'national',
    status: 'restricted',
    rules: ['sale-prohibited'],
    minimumAge: null,
    history: [
      {
        date: '2013-04',
        status: 'restricted',
        dateApproximate: true,
      },
    ],
    effective: '2013-04',
    effectiveApproximate: true,
    instrument: 'Decreto-Lei n.º 54/2013; Portaria n.º 154/2013 (annex of NPS; amended e.g. by Portaria 232/2022)',
    asOf: '2022',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'low',
    sources: ['legal-pt-2', 'legal-pt-1'],
    localRules: false,
    editorNote:
      "Kratom's presence in the Portaria annex not verified from the official text. | Effective (as researched): 2013-04 (reported) | Scope: Kratom reportedly included in the list of new psychoactive substances (Portaria 154/2013) whose production, import, export, advertising, distribution and sale are prohibited under Decreto-Lei 54/2013 (administrative offences); whether personal possession is penalised is disputed.",
  },
  sources: {
    'legal-pt-1': {
      id: 'legal-pt-1',
      authors: 'Kratom Science EU',
      title: 'Kratom Science EU: included in Portaria 154/2013',
      venue: 'kratomscience.eu',
      year: null,
      accessed: '2026-11-24',
      url: 'https://kratomscience.eu/kratom-em-portugal',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
    'legal-pt-2': {
      id: 'legal-pt-2',
      authors: 'Ministério da Saúde (Portugal)',
      title: 'Portaria n.º 232/2022, de 7 de setembro',
      venue: 'dre.tretas.org',
      year: 2022,
      url: 'https://dre.tretas.org/dre/5050633/portaria-232-2022-de-7-de-setembro',
      kind: 'legal-mirror',
      secondaryNote: "Third-party copy of Portaria 232/2022 (context only; kratom's listing not verified from it).",
    },
  },
};

export default place;
