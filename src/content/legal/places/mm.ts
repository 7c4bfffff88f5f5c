/** MM: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'MM',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-mm-2', 'legal-mm-4', 'legal-mm-3', 'legal-mm-1'],
    localRules: false,
    editorNote:
      "Upgraded from low: two independent news/NGO sources state the national drug law treats kratom as a narcotic; exact listing not seen. | Effective (as researched): none | Scope: Kratom leaves are treated as a narcotic drug under Myanmar's drug law (Narcotic Drugs and Psychotropic Substances Law; specific notification not identified); seizures and arrests by authorities and by ethnic armed administrations (NMSP, Arakan Army) continue. | Instrument (as researched): Unverified notification under the Narcotic Drugs and Psychotropic Substances Law (1993, as amended 2018) | Previous entry: banned, low confidence, as of 2021-10.",
  },
  sources: {
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
  },
};

export default place;
