/** CZ: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: cz.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'CZ',
    level: 'national',
    status: 'regulated',
    rules: ['age-limit', 'registration', 'pending-change'],
    minimumAge: 18,
    history: [
      {
        date: '2025-11-12',
        status: 'regulated',
      },
    ],
    effective: '2025-11-12',
    effectiveApproximate: false,
    instrument:
      'Government regulation on the list of psychomodulatory substances (11 Nov 2025) under the Act on Addictive Substances (s. 33c)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'high',
    sources: ['legal-cz-1', 'legal-cz-2', 'legal-cz-3', 'legal-cz-4'],
    localRules: false,
    editorNote:
      "Core regime unchanged (high); 2026 enforcement and the planned amendment rest on one news brief seen via an aggregator (low). | Effective (as researched): 2025-11-12; further amendment ('lex kratom') proposed for Jan 2027 (unverified) | Scope: Kratom and kratom extract listed as 'psychomodulatory substances': Ministry of Health permit to handle; sale only to adults 18+ in licensed specialist shops; no vending machines; inspections with fines up to CZK 10 million. A nationwide 2026 inspection of ~1,000 stores selling kratom and similar substances found violations at ~63% (373 criminal cases, ~500,000 products seized, 25 e-shops blocked); a tighter 'lex kratom' with standardised online age verification was proposed to take effect in January 2027. | Previous entry: regulated, high confidence, as of 2025-11.",
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
