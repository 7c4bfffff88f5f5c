/** PH: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'PH',
    level: 'national',
    status: 'legal',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Comprehensive Dangerous Drugs Act (RA 9165) - kratom not listed (per secondary sources)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-ph-3', 'legal-ph-1', 'legal-ph-2'],
    localRules: false,
    editorNote:
      "Changed from 'unclear' to 'legal' (not a dangerous drug); confidence low because no Dangerous Drugs Board/FDA Philippines document was seen. Show caveat. | Effective (as researched): none | Scope: Kratom (locally 'mambog') and its alkaloids are not listed as dangerous drugs under RA 9165 according to a peer-reviewed forensic study and a legal-information site; no specific prohibition found. Sale as food/supplement or traditional medicine is not authorised (ASEAN harmonised traditional-medicine/health-supplement rules reportedly list kratom as a prohibited ingredient - unverified for the Philippines). | Previous entry: unclear, low confidence, as of 2026-11.",
  },
  sources: {
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
  },
};

export default place;
