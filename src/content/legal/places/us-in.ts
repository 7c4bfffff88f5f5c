/** US-IN: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-in.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-IN',
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
        date: '2014',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2014',
    effectiveApproximate: true,
    instrument:
      'Indiana Code controlled-substance/synthetic-drug provisions (SB 305 of 2014 per secondary sources; cite unverified)',
    asOf: '2025',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-us-in-1', 'legal-us-in-2'],
    localRules: false,
    editorNote:
      "No primary statutory text seen; status consistent across secondary sources. | Effective (as researched): 2012-2014 (exact date/instrument unverified) | Scope: Mitragynine and 7-hydroxymitragynine controlled (originally under the 'synthetic drug' definition, later Schedule I). | Editorial: effective = 2014 (SB 305 of 2014 per secondary sources); earlier control under the synthetic-drug definition c. 2012.",
  },
  bestTier: 'secondary',
  secondHandOnly: false,
};

export default place;
