// Generated from locales/*.xlf by scripts/locales-status.mjs (npm run locales:extract). Do not edit.
/** Per target locale: `true` when every message is approved by a qualified reviewer. */
export const FULLY_APPROVED: Readonly<Record<string, boolean>> = {
  'ar': false,
  'de': false,
  'es': false,
  'fr': false,
  'id': false,
  'ms': false,
  'nl': false,
  'pl': false,
  'pt-BR': false,
  'th': false,
  'vi': false,
};
