/**
 * `kratom-widgets/localization`: the locale API for integrators. Everything else in this folder
 * (part loading, the shared locale listener, direction) is internal to the elements and may change
 * without a major version.
 */
export {
  setLocale,
  getLocale,
  whenLocaleReady,
  isHostManaged,
  SUPPORTED_LOCALES,
  SOURCE_LOCALE,
  LOCALE_CHANGE_EVENT,
} from './index.js';
export { resolveLocale } from './resolve.js';
