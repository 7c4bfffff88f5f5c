/** US-MN: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-MN',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit'],
    minimumAge: 21,
    history: [
      {
        date: '2018-08-01',
        status: 'regulated',
      },
    ],
    effective: '2026-08-01',
    effectiveApproximate: false,
    instrument: 'Minn. Stat. s. 152.027, subd. 7, as amended in 2026 (HF 3453 reported)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-us-mn-1', 'legal-us-mn-4', 'legal-us-mn-5', 'legal-us-mn-2', 'legal-us-mn-3'],
    localRules: false,
    editorNote:
      'Upgrades the age-21 change from advocacy-only to mainstream news (seen via KNT). Session-law citation not verified. | Effective (as researched): 2018-08-01 (age 18); 2026-08-01 (age 21) | Scope: Sale to and possession by persons under 21 prohibited (raised from 18). | Previous entry: regulated, medium confidence, as of 2026-08.',
  },
  sources: {
    'legal-us-mn-4': {
      id: 'legal-us-mn-4',
      authors: 'MPR News',
      title: 'Kratom purchase age raised to 21 in Minnesota',
      venue: 'mprnews.org',
      year: 2026,
      url: 'https://www.mprnews.org/story/2026/08/03/kratom-purchase-age-raised-to-21-in-minnesota',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
      seenVia: 'Kratom News Today briefing 2026-08-04; not opened',
    },
    'legal-us-mn-5': {
      id: 'legal-us-mn-5',
      authors: 'KFF Health News',
      title: 'State Watch (4 Aug 2026): Minnesota raises kratom purchase age',
      venue: 'kffhealthnews.org',
      year: 2026,
      url: 'https://kffhealthnews.org/morning-breakout/state-watch-080426/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
      seenVia: 'Kratom News Today briefing 2026-08-05; not opened',
    },
    'legal-us-mn-1': {
      id: 'legal-us-mn-1',
      authors: 'Minnesota Revisor',
      title: 'Minnesota Revisor: § 152.027 (2019)',
      venue: 'revisor.mn.gov',
      year: 2019,
      url: 'https://www.revisor.mn.gov/statutes/?id=152.027&year=2019',
      kind: 'legal-primary',
    },
    'legal-us-mn-2': {
      id: 'legal-us-mn-2',
      authors: 'silver20 (Ecency user)',
      title: '2018 amendment text (subd. 7)',
      venue: 'ecency.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://ecency.com/kratom/@silver20/minnesota-to-keep-kratom-legal-with-restriction-to-minors',
      kind: 'forum',
      secondaryNote: 'Forum post quoting the 2018 amendment text; used only as a lead.',
    },
    'legal-us-mn-3': {
      id: 'legal-us-mn-3',
      authors: 'AntiKratom',
      title: 'AntiKratom: HF 3453 (2026) raises age to 21, effective 1 Aug 2026',
      venue: 'antikratom.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://antikratom.org/states/minnesota.html',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
  },
};

export default place;
