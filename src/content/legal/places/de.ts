/** DE: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: de.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'DE',
    level: 'national',
    status: 'restricted',
    rules: ['food-supplement-ban'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument: 'BtMG (not listed); AMG; Regulation (EU) 2015/2283',
    asOf: '2025',
    checked: '2026-11-24',
    nextReview: '2027-05-24',
    confidence: 'medium',
    sources: ['legal-de-1', 'legal-eu-1'],
    localRules: false,
    editorNote:
      'EU baseline: kratom is not under UN/EU drug control, but it is an unauthorised novel food in the EU (Regulation (EU) 2015/2283), so it cannot lawfully be sold as a food or food supplement; RASFF alerts are frequent. | Effective (as researched): none given | Scope: Not listed in the Narcotics Act (BtMG) or New Psychoactive Substances Act (NpSG); not an authorised medicine; unauthorised novel food, so not lawfully sold for consumption; BfArM warns against medical use; OLG Köln (2015) held sale is not automatically illegal.',
  },
  bestTier: 'news',
  secondHandOnly: false,
};

export default place;
