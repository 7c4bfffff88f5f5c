/** US-AR: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ar.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-AR',
    level: 'state',
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
        date: '2016',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2016',
    effectiveApproximate: true,
    instrument:
      'Arkansas Department of Health / State Board of Health amendment to the Arkansas List of Controlled Substances (Ark. Code § 5-64-201 et seq.)',
    asOf: '2025-04',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-us-ar-1', 'legal-us-ar-2'],
    localRules: false,
    editorNote:
      'Exact effective date of the 2016 listing not confirmed from the ADH list itself. | Effective (as researched): early 2016 (exact date unverified) | Scope: Mitragynine and 7-hydroxymitragynine listed in Schedule I of the Arkansas List of Controlled Substances.',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
