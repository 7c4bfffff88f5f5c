/** SI: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: si.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
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
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
