/**
 * Each supported language named in itself, the way its readers write it (a table, not
 * Intl.DisplayNames: engines differ in case and wording, e.g. "Indonesia" for Bahasa Indonesia).
 * A test holds it in step with `SUPPORTED_LOCALES`.
 */
export const AUTONYMS: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  fr: 'Français',
  de: 'Deutsch',
  nl: 'Nederlands',
  pl: 'Polski',
  th: 'ไทย',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  vi: 'Tiếng Việt',
  ar: 'العربية',
};

/** The name of `locale` in its own language (the code itself when unknown). */
export function autonym(locale: string): string {
  return AUTONYMS[locale] ?? locale;
}
