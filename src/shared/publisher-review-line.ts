/**
 * The publisher review line of the footer (issue #26), loaded only on pages that declare a review
 * (publisher-review.ts): the check of the declaration and the line readers see.
 *
 * - Content unchanged since the reviewed version: "Reviewed for {publisher} by {reviewer}, {role},
 *   on {date}." and an "Editorial policy" link when one is given.
 * - Content changed since: a marked notice that the review was of an earlier version. It never
 *   reads as a current review.
 * - An invalid declaration: no line (never a half-claim) and one console warning naming the field.
 *
 * Versions are `YYYY.MM.n`, one per content area (src/content/review.ts; this module imports no
 * content, so loading it adds no chunk split). An area's content is
 * unchanged since a review of version X when the area's version is X or earlier, and X is not newer
 * than the newest area version (the library's content version, the one the review packet names).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatPartialDate, todayIso } from './format.js';
import type { PublisherReview } from './publisher-review.js';

const FIELDS = ['publisher', 'reviewer', 'role', 'date', 'contentVersion', 'policyUrl'];
const VERSION = /^\d{4}\.\d{2}\.\d{1,4}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 86_400_000;
const warned = new Set<string>();
const warnedElements = new WeakSet<Element>();

function warn(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`kratom-widgets: ${message}`);
}

/** Negative, zero or positive as version `a` is earlier than, equal to or later than `b`. */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * The problem with a declared review, naming the field, or `undefined` when it is valid. `today`
 * is the reader's UTC day; the date may be one day later (the publisher's time zone may be ahead).
 */
export function publisherReviewProblem(value: unknown, today = todayIso()): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `it must be a JSON object with publisher, reviewer, date and contentVersion (got ${typeof value === 'string' ? 'text that is not valid JSON' : JSON.stringify(value)})`;
  const v = value as Record<string, unknown>;
  for (const field of ['publisher', 'reviewer', 'role'] as const) {
    const text = v[field];
    if (field === 'role' && text === undefined) continue;
    if (typeof text !== 'string' || !text.trim() || text.length > 120)
      return `"${field}" must be a non-empty text of at most 120 characters`;
  }
  const date = DATE.exec(typeof v.date === 'string' ? v.date : '');
  const time = date ? Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!) : NaN;
  if (!date || new Date(time).getUTCDate() !== +date[3]! || time > Date.parse(today) + DAY)
    return `"date" must be a real date as YYYY-MM-DD, not in the future (got ${JSON.stringify(v.date)})`;
  if (typeof v.contentVersion !== 'string' || !VERSION.test(v.contentVersion))
    return `"contentVersion" must be a content version (YYYY.MM.n) as the review packet names it (got ${JSON.stringify(v.contentVersion)})`;
  if (v.policyUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = typeof v.policyUrl === 'string' && v.policyUrl.length <= 2000 ? new URL(v.policyUrl) : undefined;
    } catch {
      // reported below
    }
    if (url?.protocol !== 'https:' || url.username || url.password)
      return `"policyUrl" must be an https: address (got ${JSON.stringify(v.policyUrl)})`;
  }
  return undefined;
}

/** Names and roles as given, isolated so a Latin name keeps its order in right-to-left text. */
const isolate = (text: string): string => `\u2068${text.trim()}\u2069`;

/**
 * The line for content whose area is at `version`, `latest` being the library's content version (the
 * newest area version); `element` is set when the value is the element's own. An invalid declaration
 * shows nothing and warns once: per element for an element's value, per page for the page's.
 */
export function reviewLine(
  value: unknown,
  version: string,
  latest: string,
  element?: Element,
): TemplateResult | typeof nothing {
  const problem = publisherReviewProblem(value);
  if (problem) {
    if (!element) warn(`the page's publisher review is not shown: ${problem}.`);
    else if (!warnedElements.has(element)) {
      warnedElements.add(element);
      console.warn(
        `kratom-widgets <${element.localName}>: the publisher-review attribute (publisherReview) is not shown: ${problem}.`,
      );
    }
    return nothing;
  }
  const review = value as PublisherReview;
  const extra = Object.keys(review).filter((k) => !FIELDS.includes(k));
  if (extra.length) warn(`the publisher review has unknown fields (${extra.join(', ')}); they are ignored.`);
  const publisher = isolate(review.publisher);
  const reviewer = isolate(review.reviewer);
  const date = formatPartialDate(review.date);
  const reviewed = review.contentVersion;
  const ahead = compareVersions(reviewed, latest) > 0;
  if (ahead)
    warn(
      `the publisher review is of content version ${reviewed}, newer than this copy's content (${latest}): load the library version your reviewer approved.`,
    );
  const changed = compareVersions(version, reviewed) > 0;
  const text = changed
    ? msg(
        str`Not yet reviewed for ${publisher}: the review by ${reviewer} on ${date} was of content version ${reviewed}, and this content (version ${version}) has changed since.`,
        {
          id: 'shared.publisherReview.outdated',
          desc: "Footer, marked as a warning: the publisher's own medical reviewer approved an earlier version of this content, and the content has changed since, so this text is NOT covered by that review. Placeholders: publisher name, reviewer name (both as given, do not translate), formatted date, reviewed version code, current version code (keep version codes as is).",
        },
      )
    : ahead
      ? msg(
          str`The review for ${publisher} by ${reviewer} on ${date} was of content version ${reviewed}; this is an earlier version (${version}).`,
          {
            id: 'shared.publisherReview.earlier',
            desc: 'Footer, marked as a warning: the publisher declared a medical review of a newer content version than the one shown, so the text shown was not part of that review. Placeholders: publisher name, reviewer name (as given, do not translate), formatted date, reviewed version code, version code shown (keep as is).',
          },
        )
      : review.role
        ? msg(str`Reviewed for ${publisher} by ${reviewer}, ${isolate(review.role)}, on ${date}.`, {
            id: 'shared.publisherReview.currentWithRole',
            desc: "Footer: the publisher's own medical reviewer approved this content. Placeholders: publisher name, reviewer name, reviewer's role or credentials (all as given, do not translate), formatted date. Not a review by the widget makers.",
          })
        : msg(str`Reviewed for ${publisher} by ${reviewer} on ${date}.`, {
            id: 'shared.publisherReview.current',
            desc: "Footer: the publisher's own medical reviewer approved this content. Placeholders: publisher name, reviewer name (as given, do not translate), formatted date. Not a review by the widget makers.",
          });
  const outdated = changed || ahead;
  return html`<p
    class="publisher${outdated ? ' publisher-outdated' : ''}"
    part="publisher-review${outdated ? ' publisher-review-outdated' : ''}"
  >
    ${text}
    ${
      review.policyUrl
        ? html`<a href=${review.policyUrl} rel="noopener noreferrer" referrerpolicy="no-referrer"
            >${msg('Editorial policy', {
              id: 'shared.publisherReview.policy',
              desc: "Footer link after the publisher's review line, to the publisher's own editorial policy page. Short.",
            })}</a
          >`
        : nothing
    }
  </p>`;
}
