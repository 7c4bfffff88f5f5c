/** NL: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: nl.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'NL',
    level: 'national',
    status: 'restricted',
    rules: ['food-supplement-ban', 'import-restricted'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument:
      'Warenwet / Regulation (EU) 2015/2283; Rechtbank Rotterdam ECLI:NL:RBROT:2023:4249; CBb judgment (2025)',
    asOf: '2025-10',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-nl-1', 'legal-eu-2'],
    localRules: false,
    editorNote:
      'EU baseline: kratom is not under UN/EU drug control, but it is an unauthorised novel food in the EU (Regulation (EU) 2015/2283), so it cannot lawfully be sold as a food or food supplement; RASFF alerts are frequent. | Effective (as researched): none given | Scope: Not on Opium Act lists; authorities treat kratom powder as a food and refuse imports as an unauthorised novel food (court-upheld); sale for consumption therefore unlawful; possession not an offence.',
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
