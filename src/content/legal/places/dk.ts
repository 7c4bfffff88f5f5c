/** DK: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
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
  sources: {
    'legal-dk-1': {
      id: 'legal-dk-1',
      authors: 'Danish Ministry of Health',
      title: 'Danish Ministry of Health: ban on kratom and seven substances (11 Mar 2009)',
      venue: 'sum.dk',
      year: 2009,
      url: 'https://sum.dk/Aktuelt/Nyheder/Forebyggelse/2009/Marts/Forbud_mod_euforiserende_plante.aspx',
      kind: 'legal-primary',
    },
  },
};

export default place;
