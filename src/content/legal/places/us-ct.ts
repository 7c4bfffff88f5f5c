/** US-CT: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ct.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-CT',
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
        date: '2026-04-02',
        status: 'banned',
        dateApproximate: true,
      },
    ],
    effective: '2026-04-02',
    effectiveApproximate: true,
    instrument: 'Public Act 25-101 (HB 6855, 2025); DCP Regulation 2025-018 (controlled substance schedules)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-12-06',
    confidence: 'high',
    sources: ['legal-us-ct-1', 'legal-us-ct-4', 'legal-us-ct-5', 'legal-us-ct-2', 'legal-us-ct-3'],
    localRules: false,
    editorNote:
      'Only the effective-date field is refined; date rests on the DCP page as quoted by an aggregator. | Effective (as researched): Final regulatory approval 2026-04-02 (per DCP, as reported); LRRC approval 2026-02-24 | Scope: Mitragyna speciosa (kratom: leaves, stem, extracts) and 7-OH designated Schedule I controlled substances by DCP regulation. | Previous entry: banned, high confidence, as of 2026-03.',
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
