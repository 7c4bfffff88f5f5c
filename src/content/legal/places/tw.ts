/** TW: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: tw.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'TW',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance', 'pending-change'],
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
      "Narcotics Hazard Prevention Act (毒品危害防制條例) Category 3 list; Controlled Drugs Act (管制藥品管理條例) Category 3 list; TFDA draft amendment to 'Controlled Drug Classification and Items' (Jan 2026)",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: ['legal-tw-1', 'legal-tw-2', 'legal-tw-3', 'legal-tw-4'],
    localRules: false,
    editorNote:
      "Primary MoJ/TFDA list text not opened; the '2019' listing date comes from a TFDA statement quoted by ETtoday. New jurisdiction (not in the original dataset). | Effective (as researched): 2019 (mitragynine listed as Category 3 narcotic, ROC year 108); 7-OH addition pre-announced 2026-01-13 (comments to 2026-01-27; final effective date unverified) | Scope: Kratom's alkaloid mitragynine is a Category 3 narcotic (毒品) under the Narcotics Hazard Prevention Act, listed by the Ministry of Justice in 2019, and a Category 3 controlled drug (管制藥品) under the Controlled Drugs Act; possession/sale are offences. In Jan 2026 the TFDA pre-announced adding 7-hydroxymitragynine as a Category 3 controlled drug in line with a Ministry of Justice proposal to list it as a narcotic (finalisation not verified).",
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
