/** US-NC: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-NC',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'pending-change'],
    minimumAge: 18,
    history: [
      {
        date: '2016',
        status: 'regulated',
      },
    ],
    localities: [
      {
        name: 'Dare County',
        kind: 'restriction',
        date: '2026-08',
        sources: ['legal-us-nc-5'],
      },
    ],
    effective: '2016',
    effectiveApproximate: false,
    instrument: "G.S. 14-313.1 'Youth access to kratom'; HB 328 (2025-2026 session) pending",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: ['legal-us-nc-1', 'legal-us-nc-5', 'legal-us-nc-2', 'legal-us-nc-4', 'legal-us-nc-3'],
    localRules: true,
    editorNote:
      'Status unchanged; any post-November 2026 House action on HB 328 not checked. | Effective (as researched): 2016 (G.S. 14-313.1); HB 328 pending | Scope: Distribution of kratom products to persons under 18 prohibited (proof of age; online age verification). HB 328 (synthetic kratom ban, 21+ for natural kratom, plus hemp rules) passed the Senate (~2 Jul 2026) but the House deferred any vote until after the November 2026 election. | Previous entry: regulated, medium confidence, as of 2025.',
  },
  sources: {
    'legal-us-nc-4': {
      id: 'legal-us-nc-4',
      authors: 'WFAE',
      title: 'NC House decides against vote on hemp product ban',
      venue: 'wfae.org',
      year: 2026,
      url: 'https://www.wfae.org/2026-08-04/nc-house-decides-against-vote-hemp-product-ban',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
      seenVia: 'Kratom News Today briefing 2026-08-06; not opened',
    },
    'legal-us-nc-5': {
      id: 'legal-us-nc-5',
      authors: 'Dare County, NC',
      title: 'Dare County Ordinance Establishes Kratom Sale Regulations',
      venue: 'darenc.gov',
      year: 2026,
      url: 'https://www.darenc.gov/Home/Components/News/News/9578/17',
      kind: 'legal-primary',
      seenVia: 'Kratom News Today briefing 2026-08-05; not opened',
    },
    'legal-us-nc-1': {
      id: 'legal-us-nc-1',
      authors: 'NC General Assembly',
      title: 'NC General Assembly: HB 747 (youth access to kratom)',
      venue: 'ncleg.net',
      year: null,
      accessed: '2026-11-24',
      url: 'http://www.ncleg.net/Sessions/2015/Bills/House/HTML/H747v3.html',
      kind: 'legal-primary',
    },
    'legal-us-nc-2': {
      id: 'legal-us-nc-2',
      authors: 'Daily Journal',
      title: 'Daily Journal: Senate passes HB 747 (2016)',
      venue: 'yourdailyjournal.com',
      year: 2016,
      url: 'https://www.yourdailyjournal.com/news/local-news-5/38753/senate-passes-bill-regulating-sale-of-kratom',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-nc-3': {
      id: 'legal-us-nc-3',
      authors: 'UNC School of Government',
      title: "UNC School of Government LRS: 'Regulate Kratom Products' bill summary",
      venue: 'lrs.sog.unc.edu',
      year: null,
      accessed: '2026-11-24',
      url: 'https://lrs.sog.unc.edu/bill/regulate-kratom-products',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
