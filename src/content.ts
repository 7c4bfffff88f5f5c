/**
 * `kratom-widgets/content`: the typed, sourced facts the widgets render (src/content/), plus the
 * legal badge's localised place names and legal words, for hosts that build their own views (a
 * table of places, a bibliography page …). The words are the badge's (their message ids are
 * `legalBadge.*`), so they live with the badge; this entry, outside src/content/, joins the two and
 * keeps the content layer free of view code.
 */
export * from './content/index.js';
export { placeName } from './components/legal-badge/place-name.js';
export {
  statusWord,
  statusSummary,
  productName,
  ruleText,
  confidenceText,
} from './components/legal-badge/legal-text.js';
