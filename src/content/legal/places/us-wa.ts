/** US-WA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-WA',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-02',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'medium',
    sources: ['legal-us-wa-1', 'legal-us-wa-2'],
    localRules: false,
    editorNote:
      'Effective (as researched): none given | Scope: No kratom-specific statute. | Instrument (as researched): None (2026 bills SB 6196, SB 6287, HB 2291) | Editorial: localRules false: §6 lists only a Spokane ban discussion with no adoption verified.',
  },
  sources: {
    'legal-us-wa-1': {
      id: 'legal-us-wa-1',
      authors: 'KPQ',
      title: 'KPQ: three Washington kratom bills (Feb 2026)',
      venue: 'kpq.com',
      year: 2026,
      url: 'https://kpq.com/washington-kratom-regulation-bills/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-wa-2': {
      id: 'legal-us-wa-2',
      authors: 'FastDemocracy',
      title: 'FastDemocracy: WA KCPA bill (effective 1 Jan 2027 if enacted)',
      venue: 'fastdemocracy.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=WAB00024297&billsummary_session=2025-2026&billsummary_state=wa',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
