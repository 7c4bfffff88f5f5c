/** Sources of US-SD, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
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
};

export default sources;
