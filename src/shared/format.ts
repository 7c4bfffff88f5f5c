/**
 * Intl helpers that always format in the active locale. Dates are calendar dates (UTC) so a
 * reader's time zone never shifts them by a day.
 */
import { getLocale } from '../localization/index.js';

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | Intl.PluralRules | Intl.DisplayNames;

/** Intl objects are costly to construct (locale data lookup): one per locale and options, reused. */
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let hit = cache.get(key) as T | undefined;
  if (!hit) {
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** `true` for `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value);
}

/** Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the precision given, in the active locale. */
export function formatPartialDate(value: string, locale = getLocale()): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : m
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  const key = `date:${locale}:${d ? 'd' : m ? 'm' : 'y'}`;
  return cached(key, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** Machine-readable form for `<time datetime>`. */
export function isoDate(value: string): string {
  return value;
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}, locale = getLocale()): string {
  const key = `num:${locale}:${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(locale, options)).format(value);
}

export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'unit' = 'conjunction',
  locale = getLocale(),
): string {
  const key = `list:${locale}:${type}`;
  return cached(key, () => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
}

export function pluralCategory(count: number, locale = getLocale()): Intl.LDMLPluralRule {
  return cached(`plural:${locale}`, () => new Intl.PluralRules(locale)).select(count);
}

/** Localised country/region name from ISO 3166-1 alpha-2, or `undefined` when unknown. */
export function regionName(code: string, locale = getLocale()): string | undefined {
  try {
    const names = cached(
      `region:${locale}`,
      () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }),
    );
    return names.of(code) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Today's date as `YYYY-MM-DD` (UTC); the clock can be replaced in tests via `clock.now`. */
export const clock = { now: (): Date => new Date() };

export function todayIso(): string {
  return clock.now().toISOString().slice(0, 10);
}

/** `true` when `nextReview` (YYYY-MM-DD) is before today. */
export function isPastReview(nextReview: string): boolean {
  return todayIso() > nextReview;
}
