/** DK: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: dk.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'DK',
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
        date: '2009-03',
        status: 'banned',
      },
    ],
    effective: '2009-03',
    effectiveApproximate: false,
    instrument: 'Executive order on euphoriant substances (bekendtgørelse om euforiserende stoffer), List B',
    asOf: '2009-03',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-dk-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2009-03 (ministerial decision 11 Mar 2009) | Scope: Plant kratom and its constituents mitragynine and 7-hydroxymitragynine may only be used for medical and scientific purposes.',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
