/** SK: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: sk.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'SK',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2021-12-16',
        status: 'banned',
      },
    ],
    effective: '2021-12-16',
    effectiveApproximate: false,
    instrument: 'Slovak act on narcotic and psychotropic substances, Group I annex (amending instrument unverified)',
    asOf: '2021-12',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-sk-1'],
    localRules: false,
    editorNote:
      'Primary amending act not checked. | Effective (as researched): 2021-12-16 | Scope: Kratom added to Group I of controlled (psychotropic) substances.',
  },
  bestTier: 'secondary',
  secondHandOnly: false,
};

export default place;
