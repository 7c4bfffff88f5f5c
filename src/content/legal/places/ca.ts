/** CA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'CA',
    level: 'national',
    status: 'restricted',
    rules: ['sale-prohibited', 'import-restricted'],
    minimumAge: null,
    history: [
      {
        date: '2017',
        status: 'restricted',
      },
    ],
    effective: '2017',
    effectiveApproximate: false,
    instrument: 'Food and Drugs Act (health products require Health Canada authorization)',
    asOf: '2018-05',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-ca-1', 'legal-ca-2', 'legal-ca-3'],
    localRules: false,
    editorNote:
      'No recent (2024-2026) federal change found. | Effective (as researched): Health Canada advisories since 2017 | Scope: Not controlled under the Controlled Drugs and Substances Act; Health Canada has not authorised any kratom product for ingestion and treats sale of unauthorised health products as illegal (recalls, seizures, border interdiction with CBSA).',
  },
  sources: {
    'legal-ca-1': {
      id: 'legal-ca-1',
      authors: 'Health Canada',
      title: 'Health Canada advisory (12 Jun 2017): no kratom product authorised',
      venue: 'newswire.ca',
      year: 2017,
      url: 'http://newswire.ca/news-releases/advisory---unauthorized-matrix-red-and-white-vein-thai-and-medicine-man-lone-wolf-kratom-capsules-recalled-by-rgr-canada-inc-628015413.html',
      kind: 'legal-mirror',
      secondaryNote: 'Copy of the Health Canada advisory on a newswire site; the official page was not seen.',
    },
    'legal-ca-2': {
      id: 'legal-ca-2',
      authors: 'Edmonton Journal',
      title: 'Edmonton Journal: Health Canada seizures (May 2018)',
      venue: 'edmontonjournal.com',
      year: 2018,
      url: 'http://edmontonjournal.com/news/local-news/health-canada-seizes-unauthorized-herbal-products-from-two-edmonton-stores',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-ca-3': {
      id: 'legal-ca-3',
      authors: 'InHalton',
      title: 'InHalton: Health Canada seizes kratom in Milton',
      venue: 'inhalton.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.inhalton.com/health-canada-seizes-illegal-items-in-milton',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
