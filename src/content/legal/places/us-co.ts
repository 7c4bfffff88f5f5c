/** US-CO: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-co.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-CO',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'registration', 'potency-cap-7oh', 'synthetic-ban'],
    minimumAge: 21,
    history: [
      {
        date: '2024-07-01',
        status: 'regulated',
      },
    ],
    localities: [
      {
        name: 'Denver',
        kind: 'restriction',
        date: '2017-11',
        sources: ['legal-us-co-4'],
      },
      {
        name: 'Parker',
        kind: 'ban',
        date: '2019',
        sources: ['legal-us-co-4', 'legal-us-co-6'],
      },
      {
        name: 'Monument',
        kind: 'ban',
        date: '2019',
        sources: ['legal-us-co-4', 'legal-us-co-6'],
      },
      {
        name: 'Castle Rock',
        kind: 'restriction',
        sources: ['legal-us-co-7'],
      },
    ],
    effective: '2024-07-01',
    effectiveApproximate: false,
    instrument: "SB22-120 (2022) and SB25-072 'Daniel Bregger Act' (C.R.S. s. 6-1-740); municipal ordinances",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-12-06',
    confidence: 'high',
    sources: [
      'legal-us-co-7',
      'legal-us-co-1',
      'legal-us-co-4',
      'legal-us-co-5',
      'legal-us-co-2',
      'legal-us-co-6',
      'legal-us-co-3',
    ],
    localRules: true,
    editorNote:
      "Only local-rule information added; state status unchanged. | Effective (as researched): 2024-07-01 (SB22-120 provisions); SB25-072 signed 2025-05-28 | Scope: 21+; SB25-072 (Daniel Bregger Act) caps 7-OH at 2% of total alkaloids and bans synthetic/semi-synthetic kratom. Local rules: Denver (DDPHE restricted sale of kratom for human consumption from Nov 2017, 'not for human consumption' labelling; enforcement paused in 2022 pending state law); Parker (sales ban, Oct 2019) and Monument (sales ban, Nov 2019); Castle Rock adopted an emergency ordinance (details unverified). | Previous entry: regulated, high confidence, as of 2025-05.",
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
