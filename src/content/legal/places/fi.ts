/** FI: written by `npm run legal:update` (scripts/legal-update.mjs); see docs/legal-editing.md. Its sources: fi.sources.ts. */
import type { LegalPlaceRecord } from '../place-record.js';

const place: LegalPlaceRecord = {
  jurisdiction: {
    code: 'FI',
    level: 'national',
    status: 'restricted',
    rules: ['sale-prohibited', 'import-restricted'],
    minimumAge: null,
    effective: null,
    effectiveApproximate: false,
    instrument:
      "Government Decree on psychoactive substances banned from the consumer market (1130/2014, as amended), under the Medicines Act / Criminal Code framework - kratom's inclusion reported by MTV Uutiset; listing decree not opened",
    asOf: '2026-12',
    checked: '2026-12-06',
    nextReview: '2027-02-04',
    confidence: 'medium',
    sources: ['legal-fi-3', 'legal-fi-2', 'legal-fi-1'],
    localRules: false,
    editorNote:
      "Changes 'unclear' to 'restricted'. Conflicts with the earlier TT/Sweden Herald claim that kratom is 'classified as a narcotic' in Finland and with vendor claims that it is a prescription medicine; the MTV report and the STM description of the regime point to the consumer-market ban (not narcotic) category. Date of listing not verified in Finlex. | Effective (as researched): Unverified (consumer-market ban regime in force since 2014; date kratom was added not found) | Scope: Kratom is classified in Finland as a psychoactive substance banned from the consumer market ('kuluttajamarkkinoilta kielletty psykoaktiivinen aine'). Under that regime (Government decree on psychoactive substances banned from the consumer market, 1130/2014 as amended) manufacture, import, storage, sale and other supply are prohibited and punishable, while possession and use for one's own consumption are not punished. Such substances are neither narcotics nor medicines in Finnish law. | Previous entry: unclear, low confidence, as of 2025-01.",
  },
  bestTier: 'primary',
  secondHandOnly: false,
};

export default place;
