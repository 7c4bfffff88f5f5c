/** US-VT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-vt.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
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
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
