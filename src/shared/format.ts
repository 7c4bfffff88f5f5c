/**
 * Formatting helpers that always format in the active locale, through Intl; English, the source
 * locale, is written directly with the same result (see `formatEnglishNumber`). Dates are calendar
 * dates (UTC) so a reader's time zone never shifts them by a day.
 */
import { getLocale, SOURCE_LOCALE } from '../localization/index.js';

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

/** Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the precision given, in the active locale. */
export function formatPartialDate(value: string, locale = getLocale()): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m ? Number(m) - 1 : 0;
  const day = d ? Number(d) : 1;
  const date = new Date(Date.UTC(year, month, day));
  if (locale === SOURCE_LOCALE && year >= 1000 && date.getUTCMonth() === month && date.getUTCDate() === day) {
    const name = EN_MONTHS[month];
    return d ? `${name} ${day}, ${year}` : m ? `${name} ${year}` : y;
  }
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : m
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  const key = `date:${locale}:${d ? 'd' : m ? 'm' : 'y'}`;
  return cached(key, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}, locale = getLocale()): string {
  const en = locale === SOURCE_LOCALE ? formatEnglishNumber(value, options) : undefined;
  if (en !== undefined) return en;
  const key = `num:${locale}:${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(locale, options)).format(value);
}

/*
 * The source locale without Intl. The first Intl.NumberFormat or Intl.DateTimeFormat a page
 * constructs makes the engine load its locale tables: 12 to 20 ms of main thread in Chromium on
 * this machine class, once per page, more than a widget's whole render. So English (the source
 * locale) is formatted here for exactly the cases below, which give the same strings as Intl with
 * the locale "en" (test/format.test.ts compares them with Intl in every browser, over every value
 * our content can hold and many it cannot); every other locale and every other case goes to Intl.
 */

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const EN_OPTIONS = new Set(['style', 'useGrouping', 'minimumFractionDigits', 'maximumFractionDigits']);

/** A non-negative number as plain decimal digits: the shortest round-trip form, no exponent. */
const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** Adds one to a string of decimal digits. */
function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  return i < 0
    ? `1${'0'.repeat(digits.length)}`
    : `${digits.slice(0, i)}${Number(digits[i]) + 1}${'0'.repeat(digits.length - i - 1)}`;
}

/**
 * `value` in English with `options`, or `undefined` when the case is not one this handles (Intl
 * then formats it). Like ICU, it rounds the shortest decimal form of the number half away from
 * zero, so 1.005 to two places is 1.01 (where `toFixed` gives 1.00).
 */
export function formatEnglishNumber(value: number, options: Intl.NumberFormatOptions): string | undefined {
  if (!Object.keys(options).every((k) => EN_OPTIONS.has(k))) return undefined;
  const { style = 'decimal', useGrouping = true } = options;
  if ((style !== 'decimal' && style !== 'percent') || typeof useGrouping !== 'boolean') return undefined;
  const min = options.minimumFractionDigits ?? 0;
  const max = options.maximumFractionDigits ?? Math.max(min, style === 'percent' ? 0 : 3);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max > 20 || min > max) return undefined;
  if (!(value >= 0) || Object.is(value, -0)) return undefined; // negative, NaN: Intl
  const plain = PLAIN_DECIMAL.exec(String(value));
  if (!plain) return undefined; // exponent form (very large or very small): Intl
  let [, int = '0', frac = ''] = plain;
  if (style === 'percent') {
    int = `${int}${frac.slice(0, 2).padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
    frac = frac.slice(2);
  }
  if (frac.length > max) {
    const up = frac.charCodeAt(max) >= 0x35; // '5'..'9': half or more, away from zero
    const kept = `${int}${frac.slice(0, max)}`;
    const rounded = up ? incrementDigits(kept) : kept;
    int = rounded.slice(0, rounded.length - max);
    frac = rounded.slice(rounded.length - max);
  }
  frac = frac.replace(/0+$/, '').padEnd(min, '0');
  if (useGrouping) int = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${int}${frac ? `.${frac}` : ''}${style === 'percent' ? '%' : ''}`;
}

export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'unit' = 'conjunction',
  locale = getLocale(),
): string {
  const key = `list:${locale}:${type}`;
  return cached(key, () => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
}

/**
 * The CLDR plural category of `count`. English (the source locale) has two for whole numbers,
 * "one" for 1 and -1 and "other" for the rest, given here without constructing Intl.PluralRules (about
 * 2 ms of main thread for the first one on a page); other locales and fractions go to Intl.
 */
export function pluralCategory(count: number, locale = getLocale()): Intl.LDMLPluralRule {
  if (locale === SOURCE_LOCALE && Number.isInteger(count)) return Math.abs(count) === 1 ? 'one' : 'other';
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

/** The last day computed, and the UTC day (ms range) it covers: most calls fall on the same day. */
let today = { iso: '', from: 0, to: 0 };

export function todayIso(): string {
  const now = clock.now().getTime();
  if (now < today.from || now >= today.to) {
    const from = now - (((now % 86_400_000) + 86_400_000) % 86_400_000);
    today = { iso: new Date(from).toISOString().slice(0, 10), from, to: from + 86_400_000 };
  }
  return today.iso;
}

/** `true` when `nextReview` (YYYY-MM-DD) is before today. */
export function isPastReview(nextReview: string): boolean {
  return todayIso() > nextReview;
}
