/** US-ID: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-ID',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-04',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-us-id-1', 'legal-us-id-2', 'legal-us-id-3'],
    localRules: false,
    editorNote: 'Effective (as researched): none given | Scope: No kratom-specific statute.',
  },
  sources: {
    'legal-us-id-1': {
      id: 'legal-us-id-1',
      authors: 'Local News 8',
      title: 'Local News 8: HB 864 ban bill advanced (Mar 2026)',
      venue: 'localnews8.com',
      year: 2026,
      url: 'https://localnews8.com/news/2026/03/11/newly-proposed-kratom-bill-introduced-introduced-in-the-idaho-state-affairs-committee/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-id-2': {
      id: 'legal-us-id-2',
      authors: 'BillTrack50',
      title: 'BillTrack50: ID S1282 KCPA',
      venue: 'billtrack50.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.billtrack50.com/billdetail/1972448',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-id-3': {
      id: 'legal-us-id-3',
      authors: 'AntiKratom',
      title: 'AntiKratom: both ban and KCPA failed (2026)',
      venue: 'antikratom.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://antikratom.org/states/idaho.html',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
  },
};

export default place;
