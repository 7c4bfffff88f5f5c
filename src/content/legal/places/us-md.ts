/** US-MD: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
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
  sources: {
    'legal-us-md-1': {
      id: 'legal-us-md-1',
      authors: 'Maryland General Assembly',
      title: 'Legiplex: HB 1229 enrolled text (Ch. 748)',
      venue: 'app.legiplex.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://app.legiplex.com/md/legislature/2024/2024-r/bills/hb1229/drafts-latest',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-md-2': {
      id: 'legal-us-md-2',
      authors: 'Maryland General Assembly',
      title: 'Md. Code HG § 21-2E-01 (eff. 10/1/2024)',
      venue: 'd1tvxue8o4w0fl.cloudfront.net',
      year: null,
      accessed: '2026-11-24',
      url: 'https://d1tvxue8o4w0fl.cloudfront.net/statute/code-of-maryland/article-health-general/title-21-food-drugs-and-cosmetics/subtitle-2e-kratom-consumer-protection-act/section-21-2e-01-definitions',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
  },
};

export default place;
