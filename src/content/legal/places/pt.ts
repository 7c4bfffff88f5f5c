/** PT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: pt.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
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
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
