/** Sources of US-OK, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-ok-3': {
    id: 'legal-us-ok-3',
    authors: 'KTUL (Tulsa)',
    title: 'Oklahoma warns retailers over sales of illegal and intoxicating kratom products',
    venue: 'ktul.com',
    year: 2026,
    url: 'https://ktul.com/news/local/oklahoma-warns-retailers-over-sales-of-illegal-and-intoxicating-kratom-products-07-13-2026',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
    seenVia: 'Kratom News Today briefing 2026-07-14; not opened',
  },
  'legal-us-ok-4': {
    id: 'legal-us-ok-4',
    authors: 'KOKH Fox 25',
    title: 'Oklahoma agencies warn retailers over illegal high-potency kratom sales after deaths',
    venue: 'okcfox.com',
    year: 2026,
    url: 'https://okcfox.com/news/local/oklahoma-agencies-warn-retailers-over-illegal-high-potency-kratom-sales-after-deaths',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
    seenVia: 'Kratom News Today; not opened',
  },
  'legal-us-ok-1': {
    id: 'legal-us-ok-1',
    authors: 'Oklahoma Legislature',
    title: 'Legiplex: HB 1784 enrolled text',
    venue: 'app.legiplex.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://app.legiplex.com/ok/legislature/2022/2022-r/bills/hb1784/drafts-latest',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-us-ok-2': {
    id: 'legal-us-ok-2',
    authors: 'Oklahoma Legislature',
    title: '63 O.S. § 1-1432.4 text',
    venue: 'getpocketlaw.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://getpocketlaw.com/law/state_oklahoma/section-63-1-1432-4-prohibited-products-labeling-requirements-distribution-to-minors-prohibited-test-results_c04185cfe382',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
};

export default sources;
