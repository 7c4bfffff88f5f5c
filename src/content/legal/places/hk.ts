/** HK: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: hk.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'HK',
    level: 'special-administrative-region',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2021-08-13',
        status: 'banned',
      },
    ],
    effective: '2021-08-13',
    effectiveApproximate: false,
    instrument: 'Dangerous Drugs Ordinance, First Schedule',
    asOf: '2022-03',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-hk-1', 'legal-hk-2'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2021-08-13 | Scope: Mitragynine added to the First Schedule to the Dangerous Drugs Ordinance; trafficking punishable by up to life imprisonment and HK$5 million fine; transshipment needs Department of Health removal licence.',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
