/** US-IL: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-il.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-IL',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'pending-change'],
    minimumAge: 18,
    history: [
      {
        date: '2015-01-01',
        status: 'regulated',
        dateApproximate: true,
      },
    ],
    localities: [
      {
        name: 'Alton',
        kind: 'ban',
        date: '2018-03',
        sources: ['legal-us-il-4'],
      },
      {
        name: 'Monticello',
        kind: 'restriction',
        date: '2026',
        sources: ['legal-us-il-5'],
      },
    ],
    effective: '2015-01-01',
    effectiveApproximate: true,
    instrument:
      "Kratom Control Act, 720 ILCS 642 (HB 5526, 98th GA); municipal ordinances (e.g., Alton City Code Title 7 ch. 15 'Kratom Prohibited')",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'high',
    sources: ['legal-us-il-1', 'legal-us-il-3', 'legal-us-il-4', 'legal-us-il-5', 'legal-us-il-2'],
    localRules: true,
    editorNote:
      'Statewide status unchanged; 2026 bills (HB 5242 KCPA; SB 3160 prohibition) outcomes still unverified. | Effective (as researched): 2015-01-01 (assumed; Act signed 2014-08-18) | Scope: Sale/distribution of kratom products to persons under 18 prohibited; possession by minors prohibited. Local bans: Alton (possession and sale banned by ordinance, 28 Mar 2018); Jerseyville (reported); Mount Carmel moving to ban synthetic kratom/7-OH (Jul 2026); Monticello ordinance banning synthetic kratom; Naperville and Streator debating retail bans (Aug 2026). | Previous entry: regulated, high confidence, as of 2026-02.',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
