/** US-MD: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-md.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-MD',
    level: 'state',
    status: 'regulated',
    rules: ['labelling', 'pending-change'],
    minimumAge: null,
    history: [
      {
        date: '2024-10-01',
        status: 'regulated',
      },
    ],
    effective: '2024-10-01',
    effectiveApproximate: false,
    instrument:
      'Ch. 748 of 2024 (HB 1229), Md. Code Health-General § 21-2E-01 et seq. (enacted as Subtitle 2D, codified as 2E)',
    asOf: '2024-10',
    checked: '2026-11-24',
    nextReview: '2027-01-23',
    confidence: 'medium',
    sources: ['legal-us-md-1', 'legal-us-md-2'],
    localRules: false,
    editorNote:
      '2026 bills to ban or tighten kratom were reported (outcome unverified). | Effective (as researched): 2024-10-01 | Scope: Kratom Consumer Protection Act: retailers must disclose factual basis for kratom representation; prohibitions on adulterated/contaminated products and on certain products (details in HG § 21-2E-02); MDH reporting on adverse events. | Editorial: labelling = the KCPA disclosure duty (factual basis for kratom representation); minimum age and 7-OH limits unverified.',
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
