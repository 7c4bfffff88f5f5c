/** KH: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: kh.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'KH',
    level: 'national',
    status: 'unclear',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: ['legal-kh-1', 'legal-kh-2'],
    localRules: false,
    editorNote:
      "Set to 'unclear' rather than 'legal' because of the active administrative crackdown and pending policy. New jurisdiction. | Effective (as researched): none | Scope: As of Aug 2024 the National Authority for Combating Drugs (NACD) said kratom 'is not yet regulated under Cambodia's drug control laws'; the NACD requested provincial reports (letter of 23 Jul 2024) and, with the Ministry of Health, was preparing research to underpin policy. Provincial authorities in Banteay Meanchey (Poipet) took administrative action against kratom-juice production. | Instrument (as researched): Not scheduled under Cambodian drug-control law as of Aug 2024 (NACD); policy pending",
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
