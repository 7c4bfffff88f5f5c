/** US-AL: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-al.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-AL',
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
        date: '2016-05-10',
        status: 'banned',
      },
    ],
    effective: '2016-05-10',
    effectiveApproximate: false,
    instrument:
      'Act 2016-279 (SB 226), amending Code of Ala. § 20-2-23; AG statewide cease-and-desist order (25 Mar 2026)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-12-06',
    confidence: 'high',
    sources: ['legal-us-al-4', 'legal-us-al-1', 'legal-us-al-2', 'legal-us-al-3'],
    localRules: false,
    editorNote:
      'No status change; adds 2026 enforcement. | Effective (as researched): 2016-05-10 | Scope: Mitragynine and 7-hydroxymitragynine in Schedule I (covers all kratom products). In March 2026 the Attorney General issued a statewide cease-and-desist order to businesses possessing or selling mitragynine/7-OH products. | Previous entry: banned, high confidence, as of 2026-03.',
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
