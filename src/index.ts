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
} from './components/legal-badge/legal-badge.js';
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
