/** US-NY: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-NY',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling'],
    minimumAge: 21,
    effective: '2025-12-22',
    effectiveApproximate: true,
    instrument: 'S4552A/A2340A (age 21) and S8285/A5852A (labelling), signed 22 Dec 2025 (Public Health Law)',
    asOf: '2025-12',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-ny-1', 'legal-us-ny-2'],
    localRules: true,
    editorNote:
      'Statutory effective dates (often 90-180 days after signing) not verified. | Effective (as researched): Signed 2025-12-22 (effective dates unverified) | Scope: Sale of kratom products to persons under 21 prohibited (fine up to $500 per offense); all kratom products must carry a full ingredient list and a warning (addictive; interactions). | Editorial: effective = signing date (2025-12-22); statutory effective dates unverified.',
  },
  sources: {
    'legal-us-ny-1': {
      id: 'legal-us-ny-1',
      authors: 'Governor Hochul',
      title: 'Governor Hochul press release (22 Dec 2025)',
      venue: 'pubt.io',
      year: 2025,
      url: 'https://www.pubt.io/view/220C777FB937DB1169586BBF86B5E745559F4675',
      kind: 'legal-mirror',
      secondaryNote: "Third-party copy of the Governor's press release; the original was not seen.",
    },
    'legal-us-ny-2': {
      id: 'legal-us-ny-2',
      authors: 'Newsday',
      title: 'Newsday: Hochul signs kratom bills',
      venue: 'newsday.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.newsday.com/news/health/hochul-bill-kratom-yq4xwgbh',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
