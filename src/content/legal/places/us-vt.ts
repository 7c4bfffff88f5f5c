/** US-VT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-VT',
    level: 'state',
    status: 'banned',
    rules: ['controlled-substance'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2012',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2012',
    effectiveApproximate: true,
    instrument: '18 V.S.A. ch. 84; Vermont Regulated Drug Rule',
    asOf: '2025',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-us-vt-2', 'legal-us-vt-1', 'legal-us-vt-3'],
    localRules: false,
    editorNote:
      'No primary rule text seen; listing date differs between sources (2012 bill vs Board minutes Dec 2012). | Effective (as researched): c. 2012-2013 (exact date unverified) | Scope: Mitragynine and 7-hydroxymitragynine listed as regulated drugs under the Vermont Department of Health Regulated Drug Rule; possession/sale unlawful (18 V.S.A. § 4205).',
  },
  sources: {
    'legal-us-vt-1': {
      id: 'legal-us-vt-1',
      authors: 'Speciosa.org',
      title: 'Speciosa.org: Vermont kratom laws',
      venue: 'speciosa.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://speciosa.org/vermont-kratom-laws/',
      kind: 'advocacy',
      secondaryNote: 'Advocacy page; used only as a lead, not as proof.',
    },
    'legal-us-vt-2': {
      id: 'legal-us-vt-2',
      authors: 'Vermont General Assembly',
      title: 'Legiplex: H.416 (2025) KCPA as introduced',
      venue: 'app.legiplex.com',
      year: 2025,
      url: 'https://app.legiplex.com/vt/legislature/2025/2025-r/bills/h0416/drafts-latest',
      kind: 'legal-mirror',
      secondaryNote: 'Third-party copy of the official text; the official source itself was not seen.',
    },
    'legal-us-vt-3': {
      id: 'legal-us-vt-3',
      authors: 'goldenmonk.com',
      title: 'Vendor overview',
      venue: 'goldenmonk.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://goldenmonk.com/blog/vermont-kratom-legality/',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
  },
};

export default place;
