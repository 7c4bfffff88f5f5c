/** HK: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'HK',
    level: 'special-administrative-region',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2021-08-13',
        status: 'banned',
      },
    ],
    effective: '2021-08-13',
    effectiveApproximate: false,
    instrument: 'Dangerous Drugs Ordinance, First Schedule',
    asOf: '2022-03',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-hk-1', 'legal-hk-2'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2021-08-13 | Scope: Mitragynine added to the First Schedule to the Dangerous Drugs Ordinance; trafficking punishable by up to life imprisonment and HK$5 million fine; transshipment needs Department of Health removal licence.',
  },
  sources: {
    'legal-hk-1': {
      id: 'legal-hk-1',
      authors: 'HK Customs',
      title: 'News reprint of HK Customs statement: mitragynine listed 13 Aug 2021',
      venue: 'mocten.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://mocten.com/hong-kong-customs-makes-the-first-seizure-of-kratom-stimulants',
      kind: 'news',
      secondaryNote: 'News reprint of a Hong Kong Customs statement; the official statement was not seen.',
    },
    'legal-hk-2': {
      id: 'legal-hk-2',
      authors: 'SCMP',
      title: 'SCMP: crackdown since ban (Mar 2022)',
      venue: 'scmp.com',
      year: 2022,
      url: 'https://www.scmp.com/news/hong-kong/law-and-crime/article/3172023/hong-kong-customs-crackdown-disrupts-shipments-banned',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
