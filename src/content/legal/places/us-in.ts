/** US-IN: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-IN',
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
        date: '2014',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2014',
    effectiveApproximate: true,
    instrument:
      'Indiana Code controlled-substance/synthetic-drug provisions (SB 305 of 2014 per secondary sources; cite unverified)',
    asOf: '2025',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-us-in-1', 'legal-us-in-2'],
    localRules: false,
    editorNote:
      "No primary statutory text seen; status consistent across secondary sources. | Effective (as researched): 2012-2014 (exact date/instrument unverified) | Scope: Mitragynine and 7-hydroxymitragynine controlled (originally under the 'synthetic drug' definition, later Schedule I). | Editorial: effective = 2014 (SB 305 of 2014 per secondary sources); earlier control under the synthetic-drug definition c. 2012.",
  },
  sources: {
    'legal-us-in-1': {
      id: 'legal-us-in-1',
      authors: 'LegalClarity',
      title: 'LegalClarity: Indiana kratom law',
      venue: 'legalclarity.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://legalclarity.org/is-kratom-legal-in-indiana-state-laws-explained',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-in-2': {
      id: 'legal-us-in-2',
      authors: 'bulkkratomnow.com',
      title: 'Vendor overview (2024)',
      venue: 'bulkkratomnow.com',
      year: 2024,
      url: 'https://bulkkratomnow.com/kratom-legality-in-indiana-2024/',
      kind: 'vendor',
      secondaryNote: 'Vendor page; used only as a lead.',
    },
  },
};

export default place;
