/** US-OK: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-OK',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'lab-testing', 'potency-cap-7oh', 'synthetic-ban'],
    minimumAge: 18,
    history: [
      {
        date: '2021-11-01',
        status: 'regulated',
      },
    ],
    effective: '2021-11-01',
    effectiveApproximate: false,
    instrument:
      'Oklahoma Kratom Consumer Protection Act, 63 O.S. § 1-1432.1 et seq. (HB 1784, 2021; amended by SB 891, 2025)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-12-06',
    confidence: 'high',
    sources: ['legal-us-ok-1', 'legal-us-ok-2', 'legal-us-ok-3', 'legal-us-ok-4'],
    localRules: false,
    editorNote:
      'No status change; documents 2026 enforcement posture. | Effective (as researched): 2021-11-01 | Scope: No sale to under 18; no adulterated/contaminated products; 7-OH <=2% of alkaloid fraction; no synthetic alkaloids; no products containing controlled substances; labelling (QR allowed); vendors must provide test results. Kratom itself is not a controlled dangerous substance. | Previous entry: regulated, high confidence, as of 2025.',
  },
  sources: {
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
  },
};

export default place;
