/** GB: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: gb.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'GB',
    level: 'national',
    status: 'restricted',
    rules: ['sale-prohibited', 'import-restricted'],
    minimumAge: null,
    history: [
      {
        date: '2016-05-26',
        status: 'restricted',
      },
    ],
    effective: '2016-05-26',
    effectiveApproximate: false,
    instrument: 'Psychoactive Substances Act 2016',
    asOf: '2020-05',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-gb-1', 'legal-gb-2'],
    localRules: false,
    editorNote:
      'Effective (as researched): 2016-05-26 | Scope: Kratom is treated as a psychoactive substance: producing, supplying, offering to supply, and importing/exporting for human consumption are offences; simple possession is not an offence except in custodial institutions.',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
