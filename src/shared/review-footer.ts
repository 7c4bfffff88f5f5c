/**
 * The review footer every component shows: the publisher's own medical review when the page
 * declares one (publisher-review.ts), last reviewed, next review, content version, and a visible
 * "may be out of date" marker once the next-review date has passed.
 *
 * In a translation not yet reviewed by a medical translator, the date line says that the English
 * text was reviewed and this translation is a draft, so it does not contradict the notice each
 * widget shows near its top (translation-notice.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Review } from '../content/types.js';
import { formatPartialDate, isPastReview } from './format.js';
import { translationUnreviewed } from './translation-notice.js';
import { publisherReviewLine } from './publisher-review.js';

export { reviewFooterStyles } from './review-footer.styles.js';

export function staleMarker(): TemplateResult {
  return html`<strong class="stale" part="stale"
    >${msg('This may be out of date.', {
      id: 'shared.review.stale',
      desc: 'Visible warning shown when the content is past its next review date.',
    })}</strong
  >`;
}

export function reviewFooter(review: Review): TemplateResult {
  const last = formatPartialDate(review.lastReviewed);
  const next = formatPartialDate(review.nextReview);
  return html`<div class="review" part="review">
    ${publisherReviewLine(review.contentVersion)}
    <span
      >${
        translationUnreviewed()
          ? msg(str`The English text was checked against the research on ${last}; this translation is a draft.`, {
              id: 'shared.review.lastTranslated',
              desc: 'Footer in a translation not yet checked by a medical translator: the editors of this project checked the English content against the research on this date (not a medical review), and this translation is only a draft. Placeholder is a formatted date.',
            })
          : msg(str`Checked against the research on ${last}`, {
              id: 'shared.review.last',
              desc: "Footer: date the project's editors last checked the content against the research. It must not read as a medical review (a publisher's own medical review is a separate line). Placeholder is a formatted date.",
            })
      }</span
    >
    <span
      >${msg(str`Next review ${next}`, {
        id: 'shared.review.next',
        desc: 'Footer: date the content is due to be reviewed again. Placeholder is a formatted date.',
      })}</span
    >
    <span
      >${msg(str`Content version ${review.contentVersion}`, {
        id: 'shared.review.version',
        desc: 'Footer: version of the content data. Placeholder is a version code like 2026.11.0; keep it as is.',
      })}</span
    >
    ${isPastReview(review.nextReview) ? staleMarker() : nothing}
  </div>`;
}
