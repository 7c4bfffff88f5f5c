/** FR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: fr.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'FR',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2020-01-01',
        status: 'banned',
      },
    ],
    effective: '2020-01-01',
    effectiveApproximate: false,
    instrument: 'Arrêté du 23 décembre 2019 (liste des substances psychotropes); Code de la santé publique L5432-2',
    asOf: '2020-02',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-fr-2', 'legal-fr-3', 'legal-fr-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2020-01-01 (arrêté of 23 Dec 2019 published in JO 1 Jan 2020) | Scope: Kratom (Mitragyna speciosa) and its alkaloids mitragynine and 7-hydroxymitragynine listed as psychotropic substances; acquisition and possession prohibited without ANSM authorisation.',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
