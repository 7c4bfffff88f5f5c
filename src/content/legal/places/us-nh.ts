/** US-NH: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-nh.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-NH',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-us-nh-1', 'legal-us-nh-2', 'legal-us-nh-3'],
    localRules: true,
    editorNote:
      "Re-check whether SB 557 was enacted (would make NH 'regulated'). | Effective (as researched): none | Scope: No kratom-specific statute in force at last verification. SB 557 (2026) - 'Kratom Consumer Protection Act' / 'New Hampshire Kratom Act' (new RSA 318-B:51 et seq., DHHS administration; House version bans synthetic/semisynthetic kratom and products >1,000 ppm (0.1%) 7-OH by dry weight) - passed the Senate and, in amended form, the House (14 May 2026, 176-157); final enactment not verified. City of Franklin ordinance (2019) bans kratom locally. | Instrument (as researched): None verified (SB 557, 2026 - differing House/Senate versions; outcome unverified) | Previous entry: legal, low confidence, as of 2026-11.",
    localities: [],
  },
  bestTier: 'secondary',
  secondHandOnly: false,
};

export default place;
