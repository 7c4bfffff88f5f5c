/** SG: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: sg.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'SG',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2018',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2018',
    effectiveApproximate: true,
    instrument: 'Misuse of Drugs Act 1973 (Class A controlled drugs)',
    asOf: '2026-02',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-sg-1', 'legal-sg-2', 'legal-sg-3'],
    localRules: false,
    editorNote:
      "Effective (as researched): Unverified listing date (enforced since at least 2018) | Scope: Mitragynine and 7-hydroxymitragynine are Class A controlled drugs; importing carries a mandatory minimum of 5 years' jail and 5 strokes of the cane.",
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
