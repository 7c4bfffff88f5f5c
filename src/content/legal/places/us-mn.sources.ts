/** Sources of US-MN, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
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
};

export default sources;
