/** Sources of PH, shown in the details: written by `npm run legal:update` (scripts/legal-update.mjs). */
import type { LegalPlaceSources } from '../place-record.js';

const sources: LegalPlaceSources = {
  'legal-ph-1': {
    id: 'legal-ph-1',
    authors: 'Arab Journal of Forensic Sciences & Forensic Medicine (Naif Arab University for Security Sciences)',
    title:
      'Determination of Psychoactive Mitragynine Drug in Suspected Kratom Species Collected from Various Geographical Areas in the Philippines: A Pilot Study',
    venue: 'journals.nauss.edu.sa',
    year: null,
    accessed: '2026-12-06',
    url: 'https://journals.nauss.edu.sa/index.php/AJFSFM/user/setLocale/en_US?source=%2Findex.php%2FAJFSFM%2Farticle%2Fview%2F1074',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-ph-2': {
    id: 'legal-ph-2',
    authors: 'LegalClarity',
    title: 'Is Kratom Legal in the Philippines?',
    venue: 'legalclarity.org',
    year: null,
    accessed: '2026-12-06',
    url: 'https://legalclarity.org/is-kratom-legal-in-the-philippines',
    kind: 'secondary',
    secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
  },
  'legal-ph-3': {
    id: 'legal-ph-3',
    authors: 'Disway.id',
    title: 'Kratom, tumbuhan dengan efek sama seperti kokain dan morfin ... (Disway/Radar Cirebon)',
    venue: 'disway.id',
    year: 2022,
    url: 'https://disway.id/amp/234281/kratom-tumbuhan-dengan-efek-sama-seperti-kokain-dan-morfin-yang-digunakan-geng-motor-buat-mabuk/16',
    kind: 'news',
    secondaryNote: 'News report; official text not seen.',
  },
};

export default sources;
