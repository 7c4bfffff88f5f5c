/**
 * kratom-widgets — pure entry point: element classes, their public types and the localisation API.
 * Importing this module registers nothing; use `kratom-widgets/define/<tag>.js` or
 * `kratom-widgets/all.js` for that. Component helper functions are internal: import only classes
 * and types from component modules here.
 */
export { KratomElement } from './shared/kratom-element.js';
export { KratomLegalBadge } from './components/legal-badge/legal-badge.js';
export type {
  LegalBadgeStatus,
  LegalBadgeProduct,
  LegalBadgeVariant,
  LegalOpenChangeDetail,
  LegalToggleDetail,
  PlaceChangeDetail,
} from './components/legal-badge/legal-badge.js';
export { KratomRiskChecklist } from './components/risk-checklist/risk-checklist.js';
export type { RiskChecklistChangeDetail, RiskChecklistVariant } from './components/risk-checklist/risk-checklist.js';
export { KratomAlkaloidExplainer } from './components/alkaloid-explainer/alkaloid-explainer.js';
export type {
  AlkaloidExplainerVariant,
  AlkaloidChangeDetail,
  AlkaloidSelectDetail,
} from './components/alkaloid-explainer/alkaloid-explainer.js';
export { KratomMechanismDiagram } from './components/mechanism-diagram/mechanism-diagram.js';
export type {
  MechanismPathway,
  MechanismView,
  MechanismStepChangeDetail,
  MechanismViewChangeDetail,
} from './components/mechanism-diagram/mechanism-diagram.js';
export * from './localization/public.js';
export { setPublisherReview, type PublisherReview } from './shared/publisher-review.js';
export { VERSION } from './version.js';
