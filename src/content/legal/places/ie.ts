/** IE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'IE',
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
        date: '2011',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2011',
    effectiveApproximate: true,
    instrument: 'Misuse of Drugs Acts; S.I. No. 554/2011 (Misuse of Drugs exemption amendment order, 2011)',
    asOf: '2011',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-ie-1'],
    localRules: false,
    editorNote:
      'Scheduling S.I. number (552/2011 reported) not verified. | Effective (as researched): 2011 (exact instrument for scheduling unverified) | Scope: Mitragynine and 7-hydroxymitragynine controlled under the Misuse of Drugs Acts (2011 amendments); uncultivated plants containing them addressed in a 2011 exemption order.',
  },
  sources: {
    'legal-ie-1': {
      id: 'legal-ie-1',
      authors: 'Department of Health (Ireland)',
      title: 'S.I. No. 554/2011 – Misuse of Drugs (Exemption) (Amendment) Order 2011',
      venue: 'irishstatutebook.ie',
      year: 2011,
      url: 'https://irishstatutebook.ie/eli/2011/si/554',
      kind: 'legal-primary',
    },
  },
};

export default place;
