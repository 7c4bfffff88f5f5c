/** US-ND: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-ND',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2025-04',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-us-nd-1', 'legal-us-nd-2'],
    localRules: false,
    editorNote:
      'Effective (as researched): none given | Scope: No kratom-specific statute; HB 1566 (2025) converted to a 2025-26 interim study; HB 1101 (Schedule I) rejected. | Instrument (as researched): None (Legislative Management study, 2025-26 interim)',
  },
  sources: {
    'legal-us-nd-1': {
      id: 'legal-us-nd-1',
      authors: 'FastDemocracy',
      title: 'FastDemocracy: HB 1566 study mandate',
      venue: 'fastdemocracy.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://fastdemocracy.com/bill-summary/?billsummary_id=NDB00006541&billsummary_session=69&billsummary_state=nd',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-nd-2': {
      id: 'legal-us-nd-2',
      authors: 'CitizenPortal',
      title: 'CitizenPortal: HB 1101 rejected (Apr 2025)',
      venue: 'citizenportal.ai',
      year: 2025,
      url: 'https://www.citizenportal.ai/articles/2902684/North-Dakota/Judiciary-Committee-rejects-House-Bill-1101-seeking-to-schedule-kratom-as-a-controlled-substance',
      kind: 'secondary',
      secondaryNote: 'AI-generated meeting summary; used only as a lead.',
    },
  },
};

export default place;
