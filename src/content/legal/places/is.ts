/** IS: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: is.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'IS',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: true,
    instrument: 'Act on Narcotics and Psychoactive Substances (lög um ávana- og fíkniefni)',
    asOf: '2026',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-is-1'],
    localRules: false,
    editorNote:
      'Effective (as researched): Unverified | Scope: Police state that kratom is illegal under the Icelandic narcotics act; seizures of ~60 kg in 2026.',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
