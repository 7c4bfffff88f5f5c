/** PH: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: ph.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'PH',
    level: 'national',
    status: 'legal',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'Comprehensive Dangerous Drugs Act (RA 9165) - kratom not listed (per secondary sources)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-ph-3', 'legal-ph-1', 'legal-ph-2'],
    localRules: false,
    editorNote:
      "Changed from 'unclear' to 'legal' (not a dangerous drug); confidence low because no Dangerous Drugs Board/FDA Philippines document was seen. Show caveat. | Effective (as researched): none | Scope: Kratom (locally 'mambog') and its alkaloids are not listed as dangerous drugs under RA 9165 according to a peer-reviewed forensic study and a legal-information site; no specific prohibition found. Sale as food/supplement or traditional medicine is not authorised (ASEAN harmonised traditional-medicine/health-supplement rules reportedly list kratom as a prohibited ingredient - unverified for the Philippines). | Previous entry: unclear, low confidence, as of 2026-11.",
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
