/** US-UT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-UT',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'registration', 'potency-cap-7oh', 'pending-change'],
    minimumAge: 18,
    effective: '2019-05-14',
    effectiveApproximate: true,
    instrument:
      "Utah Kratom Consumer Protection Act, Utah Code Title 4, ch. 45 (2019); SB 45 'Kratom Adjustments' and HB 387 'Kratom Modifications' (2026)",
    asOf: '2026-05',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'medium',
    sources: ['legal-us-ut-1', 'legal-us-ut-2', 'legal-us-ut-3', 'legal-us-ut-4'],
    localRules: false,
    editorNote:
      '2026 amendments touched § 4-45-105 (minors); the current minimum age may be 21 - unverified. Tobacco specialty shops are adult-only venues. | Effective (as researched): 2019-05-14 (KCPA); 2026 amendments effective ~2026-05-06 | Scope: Only \'pure leaf kratom\' products may be prepared, possessed for sale or sold; label must state mitragynine and 7-OH content; products must be registered; processors and retailers must register with the Department of Agriculture and Food, and retailers must be licensed retail tobacco specialty businesses. | Editorial: potency-cap-7oh = "pure leaf only" (extracts/enhanced 7-OH products prohibited), treated as a cap within the regulated regime as in research §3.1; current minimum age (18 or 21) unverified.',
  },
  sources: {
    'legal-us-ut-1': {
      id: 'legal-us-ut-1',
      authors: '',
      title: 'Utah Code § 4-45-104 (as amended 2026)',
      venue: 'lexace.ai',
      year: 2026,
      url: 'https://lexace.ai/us/statute/utah/4-45-104',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-ut-2': {
      id: 'legal-us-ut-2',
      authors: 'Utah News Dispatch',
      title: 'Utah News Dispatch via Missoula Current: SB 45 narrowed to pure leaf (19 Feb 2026)',
      venue: 'missoulacurrent.com',
      year: 2026,
      url: 'https://missoulacurrent.com/kratom-ban-utah/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-ut-3': {
      id: 'legal-us-ut-3',
      authors: 'Utah Legislature',
      title: 'Utah Legislature: HB 387 (2026), effective date 05/06/2026',
      venue: 'le.utah.gov',
      year: 2026,
      url: 'https://le.utah.gov/Session/2026/bills/introduced/HB0387.xml',
      kind: 'legal-primary',
    },
    'legal-us-ut-4': {
      id: 'legal-us-ut-4',
      authors: '',
      title: 'Utah Code ch. 45 (2022 text; § 4-45-105 age 18)',
      venue: 'law.uslawyerdatabase.com',
      year: 2022,
      url: 'https://law.uslawyerdatabase.com/us-law/2022-utah-code/title-4-utah-agricultural-code/chapter-45-kratom-consumer-protection-act',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
  },
};

export default place;
