/**
 * Pure helpers of <kratom-risk-checklist>: attribute parsers, plural choice and its heading. No element state;
 * exported from the package entry (src/index.ts) through risk-checklist.ts.
 */
import type { TemplateResult } from 'lit';
import { formatList, pluralCategory } from '../../shared/format.js';
import { heading, headingLevel } from '../../shared/heading.js';
import { RISKS, severityRank } from '../../content/risks.js';
import type { Risk, Severity } from '../../content/types.js';

/** One function per CLDR plural category, each returning the localised message for that category. */
export type PluralForms = Readonly<Record<Intl.LDMLPluralRule, () => string>>;

/**
 * Picks the message for `count` by the plural rules of `locale` (default: the active locale), so
 * each language gets its own forms (Polish `few`/`many`, Arabic `zero`/`two` …). Never concatenates.
 */
export function choosePlural(count: number, forms: PluralForms, locale?: string): string {
  return forms[pluralCategory(count, locale)]();
}

/** Digits only, 2–6 of them, with an optional leading `+`. */
const EMERGENCY_NUMBER = /^\+?\d{2,6}$/;
export const REGION_CODE = /^[A-Z]{2}$/;

/** Normalises the `emergency-number` attribute: a valid number, or `''` (generic wording). */
export function normalizeEmergencyNumber(value: string | null | undefined): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return EMERGENCY_NUMBER.test(trimmed) ? trimmed : '';
}

/** Parses the `items` attribute into known ids (in content order) and unknown ids (as given). */
export function parseItemIds(value: string | null | undefined): { known: string[]; unknown: string[] } {
  const wanted = (typeof value === 'string' ? value : '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ids = new Set(RISKS.map((r) => r.id));
  const unknown = [...new Set(wanted.filter((id) => !ids.has(id)))];
  const known = RISKS.map((r) => r.id).filter((id) => wanted.includes(id));
  return { known, unknown };
}

/**
 * The items the `items` attribute shows (every item when it is empty or names no known id), and the
 * developer warning about unknown ids, if any.
 */
export function resolveItems(value: unknown): { visible: readonly Risk[]; warning?: string } {
  const items = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  if (items.trim() === '') return { visible: RISKS };
  const { known, unknown } = parseItemIds(items);
  const visible = known.length ? RISKS.filter((r) => known.includes(r.id)) : RISKS;
  if (!unknown.length) return { visible };
  const warning =
    `unknown item id(s) ignored: ${formatList(unknown.slice(0, 8), 'unit', 'en')}` +
    `${known.length ? '' : '; no known id left, showing every item'}. ` +
    `Known ids: ${formatList(
      RISKS.map((r) => r.id),
      'unit',
      'en',
    )}.`;
  return { visible, warning };
}

/** The most serious severity among `risks`, or `null`. */
export function highestOf(risks: readonly Risk[]): Severity | null {
  let best: Severity | null = null;
  for (const r of risks) if (best === null || severityRank(r.severity) > severityRank(best)) best = r.severity;
  return best;
}

/**
 * A heading `offset` levels below the element's `heading-level` (`base`, already validated). Its
 * `depth-<offset>` class sizes it, so the look does not depend on `heading-level` (the default level
 * moved from 2 to 3 and headings look as they did at 2).
 */
export function checklistHeading(
  text: unknown,
  base: number,
  offset: number,
  options: { id?: string; part?: string } = {},
): TemplateResult {
  const level = headingLevel(base, offset);
  return heading(text, level, {
    id: options.id,
    part: options.part ?? 'heading',
    className: `heading h${level} depth-${offset}`,
  });
}

/** Sets the form value: one `name=<id>` entry per ticked id, or none without a `name`. */
export function syncFormValue(
  internals: ElementInternals | undefined,
  name: unknown,
  checked: readonly string[],
): void {
  if (!internals || typeof internals.setFormValue !== 'function') return;
  try {
    const field = typeof name === 'string' ? name.trim() : '';
    if (!field) {
      internals.setFormValue(null);
      return;
    }
    const data = new FormData();
    for (const id of checked) data.append(field, id);
    // No separate state: answers are never restored by the browser.
    internals.setFormValue(data);
  } catch {
    // Not associated with a form in this engine: nothing to do.
  }
}

/** The developer warning for an `emergency-number` that is set but not valid, if any. */
export function emergencyNumberWarning(raw: unknown): string | undefined {
  if (raw === null || raw === undefined || normalizeEmergencyNumber(raw as string)) return undefined;
  return `emergency-number="${String(raw).slice(0, 20)}" is not 2–6 digits (optional leading +); showing "your local emergency number".`;
}

/** The developer warning for a `region` that is set but not a two-letter code, if any. */
export function regionWarning(raw: unknown): string | undefined {
  if (raw === null || raw === undefined || String(raw).trim() === '') return undefined;
  if (REGION_CODE.test(String(raw).trim().toUpperCase())) return undefined;
  return `region="${String(raw).slice(0, 20)}" is not a two-letter ISO 3166-1 code; showing no helplines.`;
}
