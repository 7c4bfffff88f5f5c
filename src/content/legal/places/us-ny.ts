/** US-NY: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ny.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-NY',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'labelling', 'pending-change'],
    minimumAge: 21,
    history: [
      {
        date: '2025-12-22',
        status: 'regulated',
        dateApproximate: true,
      },
    ],
    localities: [
      {
        name: 'Oneida County',
        kind: 'ban',
        date: '2026-08-19',
        sources: ['legal-us-ny-5'],
      },
      {
        name: 'Albany County',
        kind: 'ban',
        date: '2026-08',
        sources: ['legal-us-ny-6'],
      },
    ],
    effective: '2025-12-22',
    effectiveApproximate: true,
    instrument:
      "S4552A/A2340A (age 21) and S8285/A5852A (labelling), signed 22 Dec 2025; A10969/S10514 'Synthetic Kratom Kills Act' (2026, awaiting governor)",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'high',
    sources: ['legal-us-ny-3', 'legal-us-ny-5', 'legal-us-ny-1', 'legal-us-ny-2', 'legal-us-ny-4', 'legal-us-ny-6'],
    localRules: true,
    editorNote:
      "Statewide status (21+) unchanged and well sourced; the 7-OH ban's signature status after August 2026 was NOT verified. Local: Nassau County complete ban (per NY Post, 2026); Suffolk County bill IR 1279-26 (ban on pills/capsules/vials and 7-OH, loose leaf exempt) final vote 14 Jul 2026 - outcome unverified; Dutchess (concentrated/synthetic), Oneida and Albany (all kratom sales) bans Aug 2026; Warren County weighing restrictions. | Effective (as researched): Age/label laws signed 2025-12-22 (effective dates unverified); A10969 passed Legislature ~2026-06-08 (not signed as of 2026-08-12) | Scope: Sale of kratom products to persons under 21 prohibited; all kratom products must carry ingredient lists and warnings. A separate 'Synthetic Kratom Kills Act' (A10969 / S10514) banning lab-produced/concentrated 7-OH products passed both chambers unanimously in June 2026 but was unsigned as of mid-August 2026. Several counties have their own bans. | Previous entry: regulated, high confidence, as of 2025-12.",
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
