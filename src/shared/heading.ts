/**
 * One heading for every widget. Headings are `role="heading"` elements rather than `<h1>`–`<h6>`,
 * so host-page rules for `h2`/`h3` never restyle a widget, while assistive technology still gets
 * the level the integrator chose with `heading-level`.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** The default `heading-level` of every element: widgets usually sit in an article section under an `h2`. */
export const DEFAULT_HEADING_LEVEL = 3;

/** Whether `value` is a usable heading level (an integer from 1 to 6). */
export function isHeadingLevel(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6;
}

/** The console warning for an invalid `heading-level`, or `undefined` when `value` is one. */
export function headingLevelWarning(value: unknown): string | undefined {
  return isHeadingLevel(value)
    ? undefined
    : `heading-level="${String(value)}" is not 1–6; using ${DEFAULT_HEADING_LEVEL}.`;
}

/** `value` when it is a heading level, else `fallback`; `offset` levels deeper, never beyond 6. */
export function headingLevel(value: unknown, offset = 0, fallback = DEFAULT_HEADING_LEVEL): number {
  return Math.min(6, (isHeadingLevel(value) ? value : fallback) + offset);
}

export interface HeadingOptions {
  /** The element's id, for `aria-labelledby`. */
  id?: string;
  /** Its `part` name; omitted when undefined. */
  part?: string;
  /** Its class (default `heading`). */
  className?: string;
}

/** A heading of `level` (1–6) with `text`. */
export function heading(
  text: unknown,
  level: number,
  { id, part, className = 'heading' }: HeadingOptions = {},
): TemplateResult {
  return html`<div class=${className} part=${part ?? nothing} role="heading" aria-level=${level} id=${id ?? nothing}>
    ${text}
  </div>`;
}
