/** US-MO: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-MO',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    localities: [
      {
        name: 'Kansas City',
        kind: 'restriction',
        date: '2026-02',
        sources: ['legal-us-mo-2'],
      },
    ],
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-03',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'medium',
    sources: ['legal-us-mo-1', 'legal-us-mo-2', 'legal-us-mo-3'],
    localRules: true,
    editorNote:
      '2026 state bills to regulate kratom/ban 7-OH reported; outcome unverified. | Effective (as researched): none given | Scope: No state kratom statute (a 2022 KCPA, HB 1667, was vetoed). Local ordinances regulate or ban. | Instrument (as researched): None statewide',
  },
  sources: {
    'legal-us-mo-1': {
      id: 'legal-us-mo-1',
      authors: 'Missourinet',
      title: 'Missourinet: KCPA vetoed by Gov. Parson (2022)',
      venue: 'missourinet.com',
      year: 2023,
      url: 'https://www.missourinet.com/2023/04/18/house-member-looks-to-establish-kratom-regulations-despite-governor-veto-last-summer/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-mo-2': {
      id: 'legal-us-mo-2',
      authors: 'KSHB',
      title: 'KSHB: Kansas City adopts 7-OH/kratom regulations (12 Feb 2026)',
      venue: 'kshb.com',
      year: 2026,
      url: 'https://www.kshb.com/news/local-news/investigations/drug-regulation/kansas-city-missouri-city-council-adopts-regulations-on-7-oh-kratom',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-mo-3': {
      id: 'legal-us-mo-3',
      authors: 'KSHB',
      title: 'KSHB: Blue Springs rejects outright ban (3 Mar 2026)',
      venue: 'kshb.com',
      year: 2026,
      url: 'https://www.kshb.com/news/local-news/blue-springs-city-council-votes-down-proposed-ordinance-to-prohibit-sale-of-kratom-products',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
