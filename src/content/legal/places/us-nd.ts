/** US-ND: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-nd.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-ND',
    level: 'state',
    status: 'unclear',
    rules: ['pending-change'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance', 'pending-change'],
      },
    },
    minimumAge: null,
    endDate: '2026-09-04',
    temporary: true,
    history: [
      {
        date: '2025-04',
        status: 'legal',
      },
      {
        date: '2026-08-05',
        status: 'banned',
      },
      {
        date: '2026-09-04',
        status: 'unclear',
        dateApproximate: true,
      },
    ],
    effective: '2026-08-05',
    effectiveApproximate: false,
    instrument:
      'Governor Armstrong executive order declaring a public health emergency (3 Aug 2026); ND State Board of Pharmacy emergency rule (7-OH Schedule I); special-session bills (Axtman: synthetic derivatives Schedule I; Heinert: natural-leaf regulation)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'low',
    sources: ['legal-us-nd-3', 'legal-us-nd-4', 'legal-us-nd-5', 'legal-us-nd-6', 'legal-us-nd-1', 'legal-us-nd-2'],
    localRules: true,
    editorNote:
      "Status set to 'unclear' because the 30-day executive-order ban and the 180-day 7-OH rule may have lapsed or been replaced by special-session legislation, which could not be verified. Before Aug 2026 ND had no kratom law (HB 1101 ban defeated 2025; HB 1566 converted to an interim study). If the special-session package passed as advanced, ND is 'regulated' (21+) with synthetic 7-OH Schedule I. | Effective (as researched): 2026-08-05 (executive order, reportedly 30 days); 7-OH emergency rule 180 days from ~2026-08-05; special session from 2026-09-02 (outcome unverified) | Scope: Governor's executive order (public health emergency) prohibited the sale, use and possession of ALL kratom products statewide from 5 p.m. 5 Aug 2026 (reported as a 30-day order); a companion State Board of Pharmacy emergency rule placed 7-OH in Schedule I for 180 days. A special legislative session from 2 Sep 2026 considered a package advanced 16-0 by Legislative Management: Schedule I for synthetic kratom derivatives (incl. concentrated 7-OH) with tiered penalties, and regulation of natural leaf (21+, labelling, retailer licensing under the Attorney General). Outcome of the special session NOT verified. | Previous entry: legal, medium confidence, as of 2025-04.",
    localities: [
      {
        name: 'Ray',
        kind: 'restriction',
        date: '2026-07',
        sources: ['legal-us-nd-6'],
      },
    ],
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
