/** US-VA: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. */
import type { LegalPlace } from '../../types.js';

const place: LegalPlace = {
  jurisdiction: {
    code: 'US-VA',
    level: 'state',
    status: 'regulated',
    rules: ['age-limit', 'potency-cap-7oh', 'synthetic-ban', 'pending-change'],
    minimumAge: 21,
    effective: '2023-07-01',
    effectiveApproximate: false,
    instrument:
      'SB 1108 (2023) amending the Virginia Consumer Protection Act (prohibited-practices section; exact subdivision unverified); HB 360 (2026) pending',
    asOf: '2026-02',
    checked: '2026-11-24',
    nextReview: '2027-02-24',
    confidence: 'medium',
    sources: ['legal-us-va-1', 'legal-us-va-2', 'legal-us-va-3'],
    localRules: false,
    editorNote:
      'The 21+ age under the 2023 law is reported by news/vendor sources and restated in HB 360; exact § 59.1-200 subdivision not verified. | Effective (as researched): 2023-07-01 | Scope: Virginia Consumer Protection Act prohibits selling kratom products to under-21s and selling adulterated, synthetic or high-7-OH products (<=2% alkaloid fraction under 2023 law).',
  },
  sources: {
    'legal-us-va-1': {
      id: 'legal-us-va-1',
      authors: 'Augusta Free Press',
      title: 'Augusta Free Press: SB 1108 signed (2023)',
      venue: 'augustafreepress.com',
      year: 2023,
      url: 'https://augustafreepress.com/news/governor-signs-consumer-legislation-to-protect-kratom-into-virginia-law/',
      kind: 'news',
      secondaryNote: 'News report; official text not seen.',
    },
    'legal-us-va-2': {
      id: 'legal-us-va-2',
      authors: 'VPAP',
      title: 'VPAP: HB 360 (2026) status',
      venue: 'origin.vpap.org',
      year: null,
      accessed: '2026-11-24',
      url: 'https://origin.vpap.org/bills/88342',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
    'legal-us-va-3': {
      id: 'legal-us-va-3',
      authors: 'BillTrack50',
      title: 'BillTrack50: HB 360',
      venue: 'billtrack50.com',
      year: null,
      accessed: '2026-11-24',
      url: 'https://www.billtrack50.com/billdetail/1926442',
      kind: 'secondary',
      secondaryNote: 'Secondary source (law firm, bill tracker, information site or journal); official text not seen.',
    },
  },
};

export default place;
