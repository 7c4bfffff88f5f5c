/** US-GA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-GA',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling'],
    minimumAge: 21,
    history: [
      {
        date: '2025-01-01',
        status: 'regulated',
      },
    ],
    effective: '2025-01-01',
    effectiveApproximate: false,
    instrument: "HB 181 (2024), amending Georgia's kratom provisions (O.C.G.A. Title 16, ch. 13; cite unverified)",
    asOf: '2026-06',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-ga-2', 'legal-us-ga-3', 'legal-us-ga-1', 'legal-us-ga-4', 'legal-us-ga-5'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2025-01-01 | Scope: 21+; products kept behind counter/employee-only display; limits on alkaloid concentrations; labelling; no vaporised/heated kratom; penalties for violations. | Editorial: Scope says "limits on alkaloid concentrations" without naming 7-OH; potency-cap-7oh not set until verified.',
  },
  sources: {
    'legal-us-ga-1': {
      id: 'legal-us-ga-1',
      authors: 'AP',
      title: 'AP: Georgia governor signs kratom regulation law (2 May 2024)',
      venue: 'kvia.com',
      year: 2024,
      url: 'https://kvia.com/news/ap-national/2024/05/02/georgia-governor-signs-law-adding-regulations-for-production-and-sale-of-herbal-supplement-kratom/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-ga-2': {
      id: 'legal-us-ga-2',
      authors: 'Georgia House',
      title: 'Georgia House press release on HB 181 signing',
      venue: 'house-press.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://house-press.com/?p=13033',
      kind: 'legal-primary',
    },
    'legal-us-ga-3': {
      id: 'legal-us-ga-3',
      authors: 'Georgia General Assembly',
      title: 'Legiplex: HB 181 history (chaptered 5/2/24)',
      venue: 'app.legiplex.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://app.legiplex.com/ga/legislature/2023/2023-r/bills/hb181',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-ga-4': {
      id: 'legal-us-ga-4',
      authors: 'AntiKratom',
      title: 'AntiKratom: HB 968 ban failed (2026)',
      venue: 'antikratom.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://antikratom.org/states/georgia.html',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
    'legal-us-ga-5': {
      id: 'legal-us-ga-5',
      authors: 'Kraken Kratom',
      title: "Kraken Kratom blog (9 Jun 2026): HB 968 'would have'; new study committee",
      venue: 'krakenkratom.com',
      year: 2026,
      url: 'https://krakenkratom.com/resources/wp-json/wp/v2/posts/2380',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
  },
};

export default place;
