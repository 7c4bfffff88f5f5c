/** GB: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'GB',
    level: 'national',
    status: 'restricted',
    rules: ['sale-prohibited', 'import-restricted'],
    minimumAge: null,
    history: [
      {
        date: '2016-05-26',
        status: 'restricted',
      },
    ],
    effective: '2016-05-26',
    effectiveApproximate: false,
    instrument: 'Psychoactive Substances Act 2016',
    asOf: '2020-05',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-gb-1', 'legal-gb-2'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2016-05-26 | Scope: Kratom is treated as a psychoactive substance: producing, supplying, offering to supply, and importing/exporting for human consumption are offences; simple possession is not an offence except in custodial institutions.',
  },
  sources: {
    'legal-gb-1': {
      id: 'legal-gb-1',
      authors: 'The Scottish Sun',
      title: 'NCA/Police Scotland import charges (May 2020)',
      venue: 'thescottishsun.co.uk',
      year: 2020,
      url: 'https://www.thescottishsun.co.uk/news/5593837/bathgate-dad-son-dangerous-drug-kratom/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-gb-2': {
      id: 'legal-gb-2',
      authors: 'LegalClarity',
      title: 'LegalClarity: kratom under PSA 2016',
      venue: 'legalclarity.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://legalclarity.org/what-is-the-legal-status-of-kratom-in-england',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
