/** US-OH: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us-oh.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US-OH',
    level: 'state',
    status: 'restricted',
    rules: ['controlled-substance', 'pending-change'],
    products: {
      '7-oh': {
        status: 'banned',
        rules: ['controlled-substance'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2025-12-12',
        status: 'banned',
        product: '7-oh',
      },
      {
        date: '2026-01',
        status: 'unclear',
      },
      {
        date: '2026-05-14',
        status: 'restricted',
      },
    ],
    effective: '2026-05-14',
    effectiveApproximate: false,
    instrument:
      'OAC 4729:9-1-01.1 (emergency, Dec 2025) replaced by permanent rule approved via JCARR (effective 14 May 2026); proposed mitragynine Schedule I rule (OAC 4729:9-1-01.2 reported)',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: [
      'legal-us-oh-6',
      'legal-us-oh-3',
      'legal-us-oh-5',
      'legal-us-oh-7',
      'legal-us-oh-4',
      'legal-us-oh-1',
      'legal-us-oh-2',
    ],
    localRules: false,
    editorNote:
      "Changes status from 'unclear' to 'restricted' (natural leaf legal; derivative/processed products Schedule I). HIGH PRIORITY to re-check the mitragynine rule: if finalized, Ohio becomes 'banned'. One undated Health Policy Network item (health.policyplatform.news/payers/states-tighten-kratom-regulations-overdose-deaths-draw-scrutiny) says the Board 'approved new rules classifying natural kratom as a Schedule I drug' - not corroborated (no effective date, no JCARR step found; the Aug 2026 court ruling still describes raw leaf as outside the ban). HB 587 / SB 299 (KCPA bills) pending. | Effective (as researched): 2025-12-12 (emergency rule); 2026-05-14 (permanent rule); mitragynine rule pending | Scope: Permanent Board of Pharmacy rule (effective 14 May 2026) keeps 'mitragynine-related compounds' (7-OH, mitragynine pseudoindoxyl, dihydro-7-OH, 7-acetoxymitragynine, derivatives) and processed kratom products (liquids, candies, pills) in Schedule I; products composed solely of mitragynine - natural leaf in vegetation form - remain legal. A separate proposed rule 'Classification of Mitragynine Compounds as Schedule I Controlled Substances' (hearing 23 Jun 2026, comments to 30 Jun 2026) would ban natural leaf; its outcome is unverified. A Franklin County judge refused (Aug 2026) to enjoin the processed-product ban; trial set for June 2027. | Previous entry: unclear, low confidence, as of 2026-01.",
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
