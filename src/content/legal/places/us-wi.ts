/** US-WI: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-wi.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-WI',
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
      },
    ],
    effective: '2014',
    effectiveApproximate: false,
    instrument: '2013 Wisconsin Act 351 (SB 325) amending Wis. Stat. § 961.14',
    asOf: '2025',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-us-wi-2', 'legal-us-wi-1', 'legal-us-wi-3'],
    localRules: false,
    editorNote:
      'No primary statute text seen in this pass; consistent across sources. | Effective (as researched): 2014 | Scope: Mitragynine and 7-hydroxymitragynine in Schedule I (Wis. Stat. § 961.14).',
  },
  bestTier: 'secondary',
  secondHandOnly: false,
};

export default place;
