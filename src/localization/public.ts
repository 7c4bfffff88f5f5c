/**
 * `kratom-widgets/localization`: the locale API for integrators. Everything else in this folder
 * (part loading, the shared locale listener, direction) is internal to the elements and may change
 * without a major version. `isHostManaged()` stays internal: the npm build and the CDN bundle each
 * carry a private copy of the @lit/localize runtime, so they never share a host app's copy.
 */
export {
  setLocale,
  getLocale,
  whenLocaleReady,
  SUPPORTED_LOCALES,
  SOURCE_LOCALE,
  LOCALE_CHANGE_EVENT,
} from './index.js';
export { resolveLocale } from './resolve.js';
