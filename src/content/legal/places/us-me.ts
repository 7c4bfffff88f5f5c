/** US-ME: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-ME',
    level: 'state',
    status: 'legal',
    rules: ['no-specific-law'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: null,
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-us-me-1', 'legal-us-me-2'],
    localRules: false,
    editorNote:
      'Primary LD 1384 chapter law not checked. | Effective (as researched): none | Scope: No kratom-specific statute located. In 2017 a bill (LD 1384 / SP 428) initially proposed adding mitragynine to Schedule W; mitragynine was removed before passage (vendor-reported). No later ban or KCPA located. | Instrument (as researched): None found | Previous entry: legal, low confidence, as of 2026-11.',
  },
  sources: {
    'legal-us-me-1': {
      id: 'legal-us-me-1',
      authors: 'POC Medical Systems',
      title: 'Is Kratom Legal in Maine? Where can you buy it?',
      venue: 'pocmedicalsystems.com',
      year: null,
      accessed: '2026-12-06',
      url: 'https://pocmedicalsystems.com/kratom/maine/',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
    'legal-us-me-2': {
      id: 'legal-us-me-2',
      authors: 'Kraoma',
      title: 'Is Kratom Legal in Maine in 2023?',
      venue: 'kraoma.com',
      year: 2023,
      url: 'https://kraoma.com/kratom-maine-legality/',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
  },
};

export default place;
