/** RU: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: ru.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'RU',
    level: 'national',
    status: 'unclear',
    rules: ['sale-prohibited'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Unverified (Government Decree No. 681 lists)',
    asOf: '2023',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'low',
    sources: ['legal-ru-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): none given | Scope: A Czech news outlet states kratom cannot be bought in Russia; no primary source found. | Editorial: sale-prohibited rests only on a Czech news outlet saying kratom cannot be bought in Russia.',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
