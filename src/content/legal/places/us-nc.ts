/** US-NC: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-NC',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'pending-change'],
    minimumAge: 18,
    effective: '2016',
    effectiveApproximate: false,
    instrument: "G.S. 14-313.1 'Youth access to kratom' (HB 747, 2015-2016 session)",
    asOf: '2025',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'medium',
    sources: ['legal-us-nc-1', 'legal-us-nc-2', 'legal-us-nc-3'],
    localRules: false,
    editorNote:
      'Verify whether 2025-2026 legislation raised the age to 21. | Effective (as researched): 2016 | Scope: Distribution of kratom products to persons under 18 prohibited (proof of age required; online age verification).',
  },
  sources: {
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
