/** Sources of US-UT, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-ut-5': {
    id: 'legal-us-ut-5',
    authors: 'Courthouse News Service',
    title: "Federal judge rejects bid to halt enforcement of Utah's Kratom Regulation Act",
    venue: 'courthousenews.com',
    year: 2026,
    url: 'https://www.courthousenews.com/federal-judge-rejects-bid-to-halt-enforcement-of-utahs-kratom-regulation-act/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
    seenVia: 'Kratom News Today; not opened',
  },
  'legal-us-ut-6': {
    id: 'legal-us-ut-6',
    authors: 'FOX 13 Utah',
    title: 'Death connected to illegally sold kratom product in Utah',
    venue: 'fox13now.com',
    year: 2026,
    url: 'https://www.fox13now.com/news/local-news/death-connected-to-illegally-sold-kratom-product-in-utah',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
    seenVia: 'Kratom News Today briefing 2026-07-31; not opened',
  },
  'legal-us-ut-1': {
    id: 'legal-us-ut-1',
    authors: 'Utah Legislature',
    title: 'Utah Code § 4-45-104 (as amended 2026)',
    venue: 'lexace.ai',
    year: 2026,
    url: 'https://lexace.ai/us/statute/utah/4-45-104',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
  'legal-us-ut-2': {
    id: 'legal-us-ut-2',
    authors: 'Utah News Dispatch',
    title: 'Utah News Dispatch via Missoula Current: SB 45 narrowed to pure leaf (19 Feb 2026)',
    venue: 'missoulacurrent.com',
    year: 2026,
    url: 'https://missoulacurrent.com/kratom-ban-utah/',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-us-ut-3': {
    id: 'legal-us-ut-3',
    authors: 'Utah Legislature',
    title: 'Utah Legislature: HB 387 (2026), effective date 05/06/2026',
    venue: 'le.utah.gov',
    year: 2026,
    url: 'https://le.utah.gov/Session/2026/bills/introduced/HB0387.xml',
    kind: 'legal-primary',
  },
  'legal-us-ut-4': {
    id: 'legal-us-ut-4',
    authors: 'Utah Legislature',
    title: 'Utah Code ch. 45 (2022 text; § 4-45-105 age 18)',
    venue: 'law.uslawyerdatabase.com',
    year: 2022,
    url: 'https://law.uslawyerdatabase.com/us-law/2022-utah-code/title-4-utah-agricultural-code/chapter-45-kratom-consumer-protection-act',
    kind: 'legal-mirror',
    secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
  },
};

export default sources;
