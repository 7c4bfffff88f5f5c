/** TR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: tr.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'TR',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2013',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2013',
    effectiveApproximate: true,
    instrument: 'Law No. 2313 on the Control of Narcotic Drugs; Council of Ministers decision (unverified)',
    asOf: '2023',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'low',
    sources: ['legal-ru-1', 'legal-tr-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): Unverified (2013-2014) | Scope: Reported as a controlled substance since 2013/2014 (Council of Ministers decision cited as 2013/5742 by one secondary source - unverified).',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
