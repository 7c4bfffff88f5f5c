/** AT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'AT',
    level: 'national',
    status: 'restricted',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Not controlled; Regulation (EU) 2015/2283 (novel foods)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-at-2', 'legal-at-3', 'legal-at-4', 'legal-at-1'],
    localRules: false,
    editorNote:
      "Confidence raised from low to medium (regional newspaper consistent with statute texts). The 18+ rule appears to be seller practice, not law. | Effective (as researched): none | Scope: Not scheduled under the Narcotics Act (SMG); the NPSG covers only synthetic compounds; kratom is neither an authorised medicine nor a lawful food (unauthorised novel food). In practice it is sold in shops labelled 'not for human consumption', 18+. | Previous entry: restricted, low confidence, as of 2025.",
  },
  sources: {
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
  },
};

export default place;
