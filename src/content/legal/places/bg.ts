/** BG: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: bg.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'BG',
    level: 'national',
    status: 'unclear',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-bg-2', 'legal-bg-1'],
    localRules: false,
    editorNote:
      "Kept 'unclear' (only vendor/legal-info claims). If verified, set 'banned'. | Effective (as researched): 2011 (claimed, unverified) | Scope: Vendor and legal-information websites claim kratom has been banned in Bulgaria since 2011 as a narcotic plant; no Bulgarian official source found. EU novel-food rules prevent lawful sale as food in any case. | Instrument (as researched): Unverified (Bulgarian Narcotic Substances and Precursors Control Act annexes) | Previous entry: unclear, low confidence, as of 2026-11.",
  },
  bestTier: 'secondary',
  secondHandOnly: false,
};

export default place;
