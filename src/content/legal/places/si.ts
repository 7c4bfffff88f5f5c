/** SI: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'SI',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2019',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2019',
    effectiveApproximate: true,
    instrument:
      'Uredba o razvrstitvi prepovedanih drog (Decree on the classification of prohibited drugs), amendment of 18 Jan 2019; group (I/II/III) not verified',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-si-2', 'legal-si-3', 'legal-si-1'],
    localRules: false,
    editorNote:
      "Changes 'unclear' to 'banned'. Uradni list text not opened; group classification unverified. | Effective (as researched): 2019 (amendment adopted 18 Jan 2019; in force 15 days after publication - date unverified) | Scope: Kratom was added to the Slovenian list of prohibited drugs by an amendment of the Decree on the classification of prohibited drugs adopted on 18 Jan 2019; Slovenian customs treat it as a prohibited drug (e.g., 3,000 kg seized at Koper port in Oct 2024 and referred to police as a suspected criminal offence). | Previous entry: unclear, low confidence, as of 2026-11.",
  },
  sources: {
    'legal-si-1': {
      id: 'legal-si-1',
      authors: 'DrogArt (Slovenian harm-reduction association)',
      title: 'Uredba o razvrstitvi prepovedanih drog (summary page)',
      venue: 'drogart.org',
      year: 2019,
      url: 'https://www.drogart.org/droge/2268/u-r-e-d-b-a-o-razvrstitvi-prepovedanih.html',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-si-2': {
      id: 'legal-si-2',
      authors: 'Delo',
      title: 'V koprskem pristanišču so odkrili 3000 kilogramov prepovedane droge kratom',
      venue: 'delo.si',
      year: 2024,
      url: 'https://www.delo.si/novice/crna-kronika/v-koprskem-pristaniscu-so-odkrili-3000-kilogramov-prepovedane-droge-kratom',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-si-3': {
      id: 'legal-si-3',
      authors: '24ur.com',
      title: 'V Kopru odkrili 3000 kilogramov prepovedane droge kratom',
      venue: '24ur.com',
      year: 2024,
      url: 'https://www.24ur.com/novice/crna-kronika/v-kopru-odkrili-3000-kilogramov-prepovedane-droge-kratom.html',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
  },
};

export default place;
