/** US-SD: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-SD',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'potency-cap-7oh', 'synthetic-ban'],
    minimumAge: 21,
    history: [
      {
        date: '2021',
        status: 'regulated',
      },
    ],
    effective: '2021',
    effectiveApproximate: false,
    instrument: 'SDCL 34-20B-115 (HB 1262, 2021); SDCL 34-20B-115.1 (HB 1056, 2025)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-12-06',
    confidence: 'high',
    sources: ['legal-us-sd-1', 'legal-us-sd-2', 'legal-us-sd-3', 'legal-us-sd-4', 'legal-us-sd-5', 'legal-us-sd-6'],
    localRules: false,
    editorNote:
      "Resolves the 'reportedly failed (unverified)' note for SB 77. The House bill's final fate was not located, but no 2026 SD ban appears in mid-2026 national tallies. Note: a Kratom News Today briefing of 3 Jun 2026 misdates the January committee action. | Effective (as researched): 2021 (age); 2025 (HB 1056 product rules) | Scope: No sale/distribution to under 21 (Class 2 misdemeanor); 7-OH <=2% of alkaloid fraction; no synthetic alkaloids; labelling (serving size, alkaloid amounts, warning). | Previous entry: regulated, high confidence, as of 2026-02.",
  },
  sources: {
    'legal-us-sd-4': {
      id: 'legal-us-sd-4',
      authors: 'South Dakota Searchlight (via Marijuana Moment / reprint)',
      title:
        'South Dakota Senate rejects debate on banning intoxicating hemp and kratom (John Hult, South Dakota Searchlight, republished)',
      venue: 'patriotshemp.com',
      year: 2026,
      url: 'https://patriotshemp.com/2026/01/24/south-dakota-senate-rejects-debate-on-banning-intoxicating-hemp-and-kratom/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-sd-5': {
      id: 'legal-us-sd-5',
      authors: 'Mitchell Now',
      title: 'Senate HHS committee sends SB 61 and SB 77 to floor without recommendation',
      venue: 'mitchellnow.com',
      year: 2026,
      url: 'https://mitchellnow.com/?p=38975',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-sd-6': {
      id: 'legal-us-sd-6',
      authors: 'National Today (Pierre)',
      title: 'South Dakota House to Vote on Kratom Ban',
      venue: 'nationaltoday.com',
      year: 2026,
      url: 'https://nationaltoday.com/us/sd/pierre/news/2026/02/13/south-dakota-house-to-vote-on-kratom-ban',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-sd-1': {
      id: 'legal-us-sd-1',
      authors: 'SD Legislature',
      title: 'SD Legislature: HB 1262 (2021)',
      venue: 'mylrc.sdlegislature.gov',
      year: 2021,
      url: 'https://mylrc.sdlegislature.gov/api/Documents/Bill/217190.html?Year=2021',
      kind: 'legal-primary',
    },
    'legal-us-sd-2': {
      id: 'legal-us-sd-2',
      authors: 'South Dakota Legislature',
      title: 'SDCL 34-20B-115.1 text',
      venue: 'lexace.ai',
      year: null,
      accessed: '2026-11-24',
      url: 'https://lexace.ai/us/statute/south-dakota/34-20B-115.1',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-sd-3': {
      id: 'legal-us-sd-3',
      authors: 'South Dakota Legislature',
      title: 'Legiplex: HB 1056 enrolled',
      venue: 'app.legiplex.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://app.legiplex.com/sd/legislature/2025/2025-r/bills/hb1056/drafts-compare',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
  },
};

export default place;
