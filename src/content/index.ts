/**
 * `kratom-widgets/content`: the same typed, sourced facts the widgets render, for hosts that want
 * to build their own views (a table of jurisdictions, a bibliography page …). Text fields are
 * functions that return the active locale's text. Legal data is loaded on demand, one place with
 * `loadLegalPlace(code)` or every place with `loadLegalData()`, so it never weighs on pages that do
 * not need it.
 */
export * from './types.js';
export { ALKALOIDS } from './alkaloids.js';
export { CORRECTIONS, PAIN_EVIDENCE } from './corrections.js';
export { PATHWAY_STEPS } from './pathways.js';
export { RISKS, severityRank } from './risks.js';
export { URGENT_SIGNS, NALOXONE_GUIDANCE } from './urgent-signs.js';
export { EVIDENCE_SOURCES } from './sources.js';
export { REVIEWS } from './review.js';
export { evidenceLevelLabel, evidenceLevelExplanation } from './evidence-levels.js';
export { allClaims, type LocatedClaim } from './claims.js';
export { bibliography, resolveSources, sourceIdsOf, toCslJson } from './bibliography.js';
export { loadSourceEntries } from './source-entries.js';
export {
  shortCitation,
  shortCitations,
  citationName,
  citationParts,
  citationPartsOf,
  formatCitation,
  bibliographyCitation,
  bibliographyCitationParts,
  NO_DATE,
  type CitationParts,
} from './citations.js';
export {
  loadLegalData,
  peekLegalData,
  loadLegalPlace,
  peekLegalPlace,
  preloadLegalPlaces,
  legalLookup,
  parentCodes,
  PLACE_CODES,
  type PlaceView,
  type LegalLookup,
  type LegalData,
} from './legal/index.js';
export { sevenOhRule, type SevenOhAnswer, type SevenOhBasis } from './legal/seven-oh.js';
export { legalSourceTier, bestTier, sortByTier, onlySeenVia, maxConfidence, tierRank } from './legal/tiers.js';
