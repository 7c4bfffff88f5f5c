/** Sources of AT, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-at-3': {
    id: 'legal-at-3',
    authors: 'NEUE Vorarlberger Tageszeitung',
    title: 'Gefährlicher Trend: Risikodroge Kratom?',
    venue: 'neue.at',
    year: 2025,
    url: 'https://www.neue.at/startseite/2025/09/06/gefaehrlicher-trend-risikodroge-kratom.neue',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-at-4': {
    id: 'legal-at-4',
    authors: 'Kratomladen.at (vendor)',
    title: 'Kratom legal Österreich - Aktuelle Rechtslage 2025 im Überblick',
    venue: 'kratomladen.at',
    year: 2025,
    url: 'https://www.kratomladen.at/post/kratom-legal',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
  'legal-at-1': {
    id: 'legal-at-1',
    authors: 'kratombuben.de',
    title: 'Vendor: Austria unregulated',
    venue: 'kratombuben.de',
    year: null,
    accessed: '2026-11-24',
    url: 'https://kratombuben.de/kratom-verbot-schweiz-oesterreich-rechtliche-situation',
    kind: 'vendor',
    secondaryNote: 'Vendor page; used only as a lead.',
  },
  'legal-at-2': {
    id: 'legal-at-2',
    authors: 'Global-Regulation',
    title: 'New Psycho-Active Substances Act, NPSG (unofficial English translation)',
    venue: 'global-regulation.com',
    year: null,
    accessed: '2026-11-24',
    url: 'https://www.global-regulation.com/translation/austria/2997805/new-psycho-active-substances-act%252c-npsg.html',
    kind: 'legal-mirror',
    secondaryNote: 'Unofficial translation of the Austrian NPSG; the official text was not seen.',
  },
};

export default sources;
