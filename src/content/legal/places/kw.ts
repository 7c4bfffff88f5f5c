/** KW: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'KW',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance', 'import-restricted'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-kw-1', 'legal-kw-2'],
    localRules: false,
    editorNote:
      'Raised from low to medium: two separate official customs statements reported in local news; schedule entry still not seen. | Effective (as researched): none | Scope: Customs treat kratom (leaf and liquid extracts) as a forbidden narcotic substance; seizures referred to the Anti-Narcotics Department. | Instrument (as researched): Unverified (Kuwait narcotics law schedules) | Previous entry: banned, low confidence, as of 2022-11.',
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
    'legal-kw-2': {
      id: 'legal-kw-2',
      authors: 'Times Kuwait',
      title: '24 bottles of liquid kratom in the grip of air customs',
      venue: 'timeskuwait.com',
      year: 2022,
      url: 'https://timeskuwait.com/news/24-bottles-of-liquid-kratom-in-the-grip-of-air-customs/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
