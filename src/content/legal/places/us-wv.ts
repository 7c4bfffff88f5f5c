/** US-WV: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-wv.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-WV',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'registration', 'pending-change'],
    minimumAge: 21,
    history: [
      {
        date: '2023',
        status: 'regulated',
      },
    ],
    effective: '2023',
    effectiveApproximate: false,
    instrument:
      'SB 220 (2023), W. Va. Code § 19-12F-1 et seq.; proposed kratom product approval/registration rule (notice of comment period 25 Jun 2026)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'high',
    sources: ['legal-us-wv-3', 'legal-us-wv-1', 'legal-us-wv-2', 'legal-us-wv-4', 'legal-us-wv-5'],
    localRules: false,
    editorNote:
      'Base regime unchanged (high); 2026 bill outcomes and the final rule not verified. | Effective (as researched): 2023 | Scope: Permits required to manufacture, process, distribute or sell kratom; sales limited to 21+ with age verification for online/remote sales; excise tax. A 2026 proposed rule would refuse approval/registration for kratom products not in a permitted form. | Previous entry: regulated, high confidence, as of 2026-01.',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
