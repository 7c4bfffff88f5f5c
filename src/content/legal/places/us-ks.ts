/** US-KS: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-ks.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-KS',
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
        date: '2026-04',
        status: 'unclear',
      },
      {
        date: '2026-07-01',
        status: 'banned',
      },
    ],
    effective: '2026-07-01',
    effectiveApproximate: false,
    instrument:
      "House Bill 2365 (2026 session), amending the Kansas Uniform Controlled Substances Act Schedule I (SB 497's kratom scheduling language was moved into HB 2365 as a 'gut-and-go' vehicle, per user reports)",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: [
      'legal-us-ks-1',
      'legal-us-ks-4',
      'legal-us-ks-5',
      'legal-us-ks-8',
      'legal-us-ks-6',
      'legal-us-ks-7',
      'legal-us-ks-3',
      'legal-us-ks-2',
    ],
    localRules: false,
    editorNote:
      "Conflict: KNT's first briefing read the governor's release as 7-OH-only, but county and city notices and later reporting say kratom (mitragynine) and 7-OH are both Schedule I from 1 Jul 2026. Exact statutory text not seen. Local: Lawrence and Johnson County public notices. | Effective (as researched): 2026-07-01 (signed spring 2026; signing date reported as 10 Apr 2026 by one tracker and 22 May 2026 by another - unverified) | Scope: Kratom (mitragynine) and 7-hydroxymitragynine placed in Schedule I of the Kansas Uniform Controlled Substances Act; possession, sale and purchase illegal from 1 Jul 2026 (local governments describe no carve-out for natural leaf). | Previous entry: unclear, low confidence, as of 2026-04.",
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
