/**
 * Styles of the review footer (review-footer.ts) and of the translation notice. Their own module, so
 * an element that uses these styles without rendering the footer (the legal badge) does not bundle
 * the footer's template.
 */
import { css } from 'lit';
import { translationNoticeStyles } from './translation-notice.js';

export const reviewFooterStyles = [
  translationNoticeStyles,
  css`
    .review {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_k-space-1) var(--_k-space-3);
      margin-block-start: var(--_k-space-3);
      font-size: 0.8125em;
      color: var(--_k-color-text-muted);
    }
    .publisher {
      flex-basis: 100%;
      margin: 0;
    }
    .stale,
    .publisher-outdated {
      color: var(--_k-color-text);
      border-inline-start: 4px solid var(--_k-color-restricted);
      padding-inline-start: var(--_k-space-2);
    }
  `,
];
