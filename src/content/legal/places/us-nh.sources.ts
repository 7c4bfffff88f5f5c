/** Sources of US-NH, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-us-nh-1': {
    id: 'legal-us-nh-1',
    authors: 'NH Liberty Alliance bill tracker (reproduces bill text)',
    title: "SB557 (2026) compare changes - 'Kratom Consumer Protection Act'",
    venue: 'bills.nhliberty.org',
    year: 2026,
    url: 'https://bills.nhliberty.org/bills/2026/SB557/changes',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-us-nh-2': {
    id: 'legal-us-nh-2',
    authors: 'NHPR',
    title: 'NH lawmakers look to regulate kratom potency',
    venue: 'nhpr.org',
    year: 2026,
    url: 'https://www.nhpr.org/nh-news/2026-05-06/kratom-nh-lawmakers-look-to-regulate-kratom-potency',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
    seenVia: 'Kratom News Today briefing 2026-05-14; not opened',
  },
  'legal-us-nh-3': {
    id: 'legal-us-nh-3',
    authors: 'LegalClarity',
    title: 'Is Kratom Legal in New Hampshire?',
    venue: 'legalclarity.org',
    year: null,
    accessed: '2026-12-06',
    url: 'https://legalclarity.org/is-kratom-legal-in-new-hampshire',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
