/** MY: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: my.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'MY',
    level: 'national',
    status: 'banned',
    rules: ['controlled-substance'],
    minimumAge: null,
    history: [
      {
        date: '2004',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2004',
    effectiveApproximate: true,
    instrument: 'Poisons Act 1952 (Act 366), s. 30(3) and Third Schedule (mitragynine)',
    asOf: '2022-04',
    checked: '2026-11-24',
    nextReview: '2027-11-24',
    confidence: 'high',
    sources: ['legal-my-1', 'legal-my-2', 'legal-my-3'],
    localRules: false,
    editorNote:
      "Classified here as 'banned' because possession is an offence, although it sits in poisons law rather than the Dangerous Drugs Act. | Effective (as researched): Offences under Poisons Act 1952 (s. 30(3)) in force since at least 2004 | Scope: Mitragynine (ketum) is a psychotropic substance under the Poisons Act 1952; possessing, selling, processing, transporting, importing or exporting ketum leaves/products is an offence. Planting trees is not itself an offence (as of 2022).",
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
