/** JP: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: jp.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'JP',
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
        date: '2016-03-19',
        status: 'banned',
      },
    ],
    effective: '2016-03-19',
    effectiveApproximate: false,
    instrument:
      'Pharmaceuticals and Medical Devices Act (PMD Act) designation by MHLW ministerial ordinance (announced 9 Mar 2016)',
    asOf: '2016-03',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-jp-1', 'legal-jp-2'],
    localRules: false,
    editorNote:
      "Primary ordinance text not fetched; designation widely reported. | Effective (as researched): 2016-03-19 | Scope: Mitragyna speciosa (plant) plus mitragynine and 7-hydroxymitragynine designated as 'designated substances' (shitei yakubutsu); import, manufacture, sale, possession and use prohibited except for research/medical purposes.",
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
