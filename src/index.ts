/**
 * kratom-widgets — pure entry point: element classes, types and the localisation API.
 * Importing this module registers nothing; use `kratom-widgets/define/<tag>.js` or
 * `kratom-widgets/all.js` for that.
 */
export { KratomElement } from './shared/kratom-element.js';
export { KratomLegalBadge, normalizeJurisdiction } from './components/legal-badge/legal-badge.js';
export type {
  LegalBadgeStatus,
  LegalBadgeProduct,
  LegalBadgeVariant,
  LegalToggleDetail,
  PlaceChangeDetail,
} from './components/legal-badge/legal-badge.js';
export {
  KratomRiskChecklist,
  choosePlural,
  normalizeEmergencyNumber,
  parseItemIds,
} from './components/risk-checklist/risk-checklist.js';
export type {
  RiskChecklistChangeDetail,
  RiskChecklistVariant,
  PluralForms,
} from './components/risk-checklist/risk-checklist.js';
export { KratomAlkaloidExplainer, resolveAlkaloid } from './components/alkaloid-explainer/alkaloid-explainer.js';
export type { AlkaloidSelectDetail } from './components/alkaloid-explainer/alkaloid-explainer.js';
export { KratomMechanismDiagram, mechanismStepOrder } from './components/mechanism-diagram/mechanism-diagram.js';
export type {
  MechanismPathway,
  MechanismView,
  MechanismStepChangeDetail,
  MechanismViewChangeDetail,
  OrderedStep,
} from './components/mechanism-diagram/mechanism-diagram.js';
export {
  setLocale,
  getLocale,
  whenLocaleReady,
  resolveLocale,
  isHostManaged,
  SUPPORTED_LOCALES,
  SOURCE_LOCALE,
  LOCALE_CHANGE_EVENT,
} from './localization/index.js';
export { VERSION } from './version.js';
