/** IS: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'IS',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: true,
    instrument: 'Act on Narcotics and Psychoactive Substances (lög um ávana- og fíkniefni)',
    asOf: '2026',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-is-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): Unverified | Scope: Police state that kratom is illegal under the Icelandic narcotics act; seizures of ~60 kg in 2026.',
  },
  sources: {
    'legal-is-1': {
      id: 'legal-is-1',
      authors: 'Vísir',
      title: 'Vísir: police seize kratom, illegal under narcotics law (2026)',
      venue: 'visir.is',
      year: 2026,
      url: 'https://www.visir.is/g/20262848662d/logdu-hald-a-tugi-kiloa-litt-thekkts-fikniefnis',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
