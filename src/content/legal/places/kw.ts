/** KW: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'KW',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Unverified (Kuwait narcotics law schedules)',
    asOf: '2022-11',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'low',
    sources: ['legal-kw-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): none given | Scope: Kuwait customs describe kratom as a forbidden narcotic substance (seizures 2022).',
  },
  sources: {
    'legal-kw-1': {
      id: 'legal-kw-1',
      authors: 'Times Kuwait',
      title: 'Times Kuwait: 140 kg kratom seized (Aug 2022)',
      venue: 'timeskuwait.com',
      year: 2022,
      url: 'https://timeskuwait.com/news/air-customs-officers-seize-140-kilos-kratom/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
