/** US-MT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-MT',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law'],
    minimumAge: null,
    localities: [
      {
        name: 'Yellowstone County',
        kind: 'restriction',
        date: '2026-01-01',
        sources: ['legal-us-mt-2'],
      },
    ],
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-01',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-mt-1', 'legal-us-mt-2'],
    localRules: true,
    editorNote:
      'Effective (as researched): none given | Scope: No state kratom statute (2025 KCPA bill HB 407 failed; interim study). Local restrictions exist. | Instrument (as researched): None statewide',
  },
  sources: {
    'legal-us-mt-1': {
      id: 'legal-us-mt-1',
      authors: 'Daily Inter Lake',
      title: 'Daily Inter Lake: no Montana kratom law; regulation planned for 2027',
      venue: 'hagadonenewsnetwork.com',
      year: 2026,
      url: 'https://hagadonenewsnetwork.com/news/2026/jan/23/lawmakers-look-to-regulate-kratom-ahead-of-2027-le',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-mt-2': {
      id: 'legal-us-mt-2',
      authors: 'KTVQ',
      title: 'KTVQ: Yellowstone County rule effective 1 Jan 2026',
      venue: 'ktvq.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.ktvq.com/news/local-news/state-officials-users-draw-mixed-reactions-over-new-yellowstone-county-kratom-rule',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
