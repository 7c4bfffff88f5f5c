/** Sources of MM, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-mm-2': {
    id: 'legal-mm-2',
    authors: 'BNI Online (Burma News International)',
    title: 'NMSP seizes over 300 kratom plants and makes an arrest',
    venue: 'bnionline.net',
    year: null,
    accessed: '2026-12-06',
    url: 'https://bnionline.net/en/news/nmsp-seizes-over-300-kratom-plants-and-make-arrest?category=All',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-mm-3': {
    id: 'legal-mm-3',
    authors: 'Transnational Institute',
    title: 'Kratom in Myanmar and southeast Asia: time for legal regulation?',
    venue: 'tni.org',
    year: 2021,
    url: 'https://www.tni.org/en/article/kratom-in-myanmar-and-southeast-asia-time-for-legal-regulation',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-mm-4': {
    id: 'legal-mm-4',
    authors: 'Border News Agency',
    title: 'Use of kratom rising in Arakan Army-controlled areas (Mrauk-U, July 10)',
    venue: 'bnanews.net',
    year: 2025,
    url: 'https://bnanews.net/?p=5809',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
  'legal-mm-1': {
    id: 'legal-mm-1',
    authors: 'Transnational Institute',
    title: 'Transnational Institute: Kratom - the creation of a threat (Oct 2021)',
    venue: 'tni.org',
    year: 2021,
    url: 'https://tni.org/en/publication/kratom-the-creation-of-a-threat',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
};

export default sources;
