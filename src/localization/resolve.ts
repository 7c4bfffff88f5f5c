/**
 * BCP 47 → supported-locale resolution. Pure functions, no state.
 */

/** Locales written right to left (scripts/check-locales.mjs reads this list too). */
export const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * Returns the best supported locale for a BCP 47 tag, or `fallback` when none fits.
 * Matching is case-insensitive: exact tag, then language + region, then language alone,
 * then any supported locale of the same language (`pt-PT` → `pt-BR`), else `fallback`.
 */
export function resolveLocale(tag: string | null | undefined, supported: readonly string[], fallback: string): string {
  if (typeof tag !== 'string') return fallback;
  const cleaned = tag.trim().replace(/_/g, '-');
  if (!cleaned) return fallback;
  const byLower = new Map(supported.map((code) => [code.toLowerCase(), code] as const));
  let language = cleaned.split('-')[0]!.toLowerCase();
  let region: string | undefined;
  try {
    const parsed = new Intl.Locale(cleaned);
    language = parsed.language.toLowerCase();
    region = parsed.region?.toLowerCase();
  } catch {
    // Not a well-formed tag: fall through with the raw language subtag.
  }
  const candidates = [cleaned.toLowerCase(), region ? `${language}-${region}` : '', language];
  for (const candidate of candidates) {
    const hit = candidate && byLower.get(candidate);
    if (hit) return hit;
  }
  const sameLanguage = supported.find((code) => code.toLowerCase().split('-')[0] === language);
  return sameLanguage ?? fallback;
}

/** Text direction of a locale code. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
