/** IT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: it.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'IT',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2016-08',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2016-08',
    effectiveApproximate: true,
    instrument:
      'Decreto Ministero della Salute 1 agosto 2016 (narcotics Tabella I under DPR 309/1990, per secondary reporting)',
    asOf: '2021-08',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-it-1', 'legal-it-2'],
    localRules: false,
    editorNote:
      'Gazzetta Ufficiale text not fetched. | Effective (as researched): 2016-08 (decree of 1 Aug 2016; exact Gazette date unverified) | Scope: Mitragyna speciosa (and mitragynine) added to the narcotics tables (Tabella I, DPR 309/1990) by Ministry of Health decree.',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
