/** US-WA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-wa.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-WA',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-06-06',
    confidence: 'medium',
    sources: ['legal-us-wa-1', 'legal-us-wa-4', 'legal-us-wa-5', 'legal-us-wa-2', 'legal-us-wa-3'],
    localRules: true,
    editorNote:
      "Badge should say 'state law: no ban; local bans in several cities'. | Effective (as researched): none | Scope: No kratom-specific state statute (2026 bills on a 95% tax, 21+ age limit and a KCPA with preemption - HB 2291, SB 6196, SB 6287 - not enacted as reported). A fast-growing set of local bans: Spokane (Mar 2026), Spokane Valley, Cle Elum, Othello, Mattawa (third Grant County city, effective Aug 2026), Ephrata (first reading Jul 2026); health districts (Kitsap, Island County) considering action. | Instrument (as researched): None statewide; municipal ordinances | Previous entry: legal, medium confidence, as of 2026-02.",
    localities: [
      {
        name: 'Spokane',
        kind: 'ban',
        date: '2026-03',
        sources: ['legal-us-wa-4'],
      },
      {
        name: 'Mattawa',
        kind: 'ban',
        date: '2026-08',
        sources: ['legal-us-wa-5'],
      },
    ],
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
