/** US-ID: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-id.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-ID',
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
    sources: ['legal-us-id-1', 'legal-us-id-4', 'legal-us-id-5', 'legal-us-id-6', 'legal-us-id-2', 'legal-us-id-3'],
    localRules: true,
    editorNote:
      'Effective (as researched): none | Scope: No kratom-specific state statute (2026 ban and KCPA bills failed). Local bans: Idaho Falls (sales banned from 1 Jul 2026); Blackfoot (ban with an exception for dried leaf <0.005% 7-OH, Aug 2026); Kootenai County coroner urged a county ban (Jun 2026). | Instrument (as researched): None statewide; municipal ordinances | Previous entry: legal, medium confidence, as of 2026-04.',
    localities: [
      {
        name: 'Idaho Falls',
        kind: 'ban',
        date: '2026-07-01',
        sources: ['legal-us-id-4', 'legal-us-id-5'],
      },
      {
        name: 'Blackfoot',
        kind: 'ban',
        date: '2026-08',
        sources: ['legal-us-id-6'],
      },
    ],
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
