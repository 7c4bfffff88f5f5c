/** US-MA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-MA',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law', 'pending-change'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2025-11',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'medium',
    sources: ['legal-us-ma-1', 'legal-us-ma-2', 'legal-us-ma-3'],
    localRules: true,
    editorNote:
      "Check the user's municipality; local rules vary. | Effective (as researched): none given | Scope: No statewide kratom law; several municipal Board of Health bans or restrictions. | Instrument (as researched): None statewide (S 1558 statewide ban bill pending)",
  },
  sources: {
    'legal-us-ma-1': {
      id: 'legal-us-ma-1',
      authors: 'Super Speciosa',
      title: 'Super Speciosa: Lowell Board of Health ban (Dec 2024)',
      venue: 'superspeciosa.com',
      year: 2024,
      url: 'https://superspeciosa.com/blogs/news/kratom-ban-in-lowell-brings-the-local-level-debate-to-massachusetts',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
    'legal-us-ma-2': {
      id: 'legal-us-ma-2',
      authors: 'CitizenPortal',
      title: 'CitizenPortal (AI meeting summary): Chelmsford and Dracut bans',
      venue: 'citizenportal.ai',
      year: null,
      accessed: '2026-11-24',
      url: 'https://citizenportal.ai/articles/2512248/Lowell-City/Middlesex-County/Massachusetts/Chumpsford-and-Drake-ban-kratom-in-response-to-opioid-task-force-recommendations',
      kind: 'secondary',
      secondaryNote: 'AI-generated meeting summary; used only as a lead.',
    },
    'legal-us-ma-3': {
      id: 'legal-us-ma-3',
      authors: 'CitizenPortal',
      title: 'CitizenPortal: S1558 statewide ban bill referenced (Nov 2025)',
      venue: 'citizenportal.ai',
      year: 2025,
      url: 'https://www.citizenportal.ai/articles/7184457/Massachusetts/Hubbardston-Board-of-Health-to-research-local-limits-on-kratom-and-nitrous-oxide-sales',
      kind: 'secondary',
      secondaryNote: 'AI-generated meeting summary; used only as a lead.',
    },
  },
};

export default place;
