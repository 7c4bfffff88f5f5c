/** US: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: us.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'US',
    level: 'federal',
    status: 'restricted',
    rules: ['food-supplement-ban', 'import-restricted'],
    products: {
      '7-oh': {
        status: 'restricted',
        rules: ['sale-prohibited', 'pending-change'],
      },
    },
    minimumAge: null,
    history: [
      {
        date: '2014-02-28',
        status: 'restricted',
      },
    ],
    effective: '2014-02-28',
    effectiveApproximate: false,
    instrument:
      'FD&C Act; FDA Import Alert 54-15; 21 U.S.C. 811(h) temporary scheduling: DEA notice of intent FR doc 2026-13580 (91 FR 40917, 6 Jul 2026); DEA temporary scheduling order for MP, MGM-15, MGM-16, FR doc 2026-17429 (effective 26 Aug 2026); HHS/OASH RFI on 7-OH threshold FR doc 2026-13608 (91 FR 41049) and extension FR doc 2026-17409 (26 Aug 2026). Pending: S. 5383 (119th Congress).',
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: [
      'legal-us-10',
      'legal-us-11',
      'legal-us-12',
      'legal-us-1',
      'legal-us-2',
      'legal-us-6',
      'legal-us-4',
      'legal-us-7',
      'legal-us-8',
      'legal-us-9',
      'legal-us-13',
      'legal-us-3',
      'legal-us-5',
    ],
    localRules: false,
    editorNote:
      "FR documents were not opened directly; numbers/dates come from two independent GitHub-stored sources (hippie-scientist-site, checked 3 Oct 2026; iKratom script note 28 Aug 2026) consistent with Kratom News Today. Whether a 7-OH order issued between Oct and Dec 2026 could not be checked (no later evidence in stored corpora). Badge: 'natural kratom not federally controlled; MP/MGM-15/MGM-16 Schedule I since 26 Aug 2026; 7-OH scheduling proposed'. | Effective (as researched): 2014-02-28 (Import Alert 54-15); 2026-07-06 (7-OH notice of intent published, 91 FR 40917); 2026-08-26 (MP, MGM-15, MGM-16 temporary Schedule I order effective); 7-OH order not issued as of 2026-10-03 | Scope: Kratom leaf, mitragynine and 7-OH itself are still NOT federally scheduled (no temporary order for 7-OH located in evidence up to 3 Oct 2026). Three kratom-derived semi-synthetic compounds - mitragynine pseudoindoxyl (MP), MGM-15 and MGM-16 - are temporarily in Schedule I, effective 26 Aug 2026 (through 26 Aug 2028 unless extended or made permanent). DEA's notice of intent to temporarily schedule 7-OH above a threshold (0.050% dry weight in botanical material; >0.050% or >1 mg per article for processed/synthetic-route products) was published 6 Jul 2026 (91 FR 40917); HHS extended its request-for-information comment period on the threshold on 26 Aug 2026. FDA continues to treat kratom as unlawful in foods/dietary supplements (Import Alert 54-15) and 7-OH products as adulterated/unapproved drugs. | Previous entry: restricted, medium confidence, as of 2026-07.",
  },
  bestTier: 'official-mirror',
  secondHandOnly: false,
};

export default place;
