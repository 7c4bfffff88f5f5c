/**
 * Styles every component includes: tokens, box model, typography that inherits the host font,
 * focus ring, visually-hidden helper, reduced motion and forced colours.
 *
 * Typography and the host page:
 * - Follows the page: font family, direction, the text size around the widget (1em, never rem),
 *   and colours through the --kratom-color-* tokens (the widget draws its own text and surface
 *   colours so their contrast holds on any page).
 * - Floor: the base size is never below --kratom-min-font-size (16px), even when the host sets the
 *   element's font-size itself or the page root is 62.5%; the smallest text (footnotes, chips) is
 *   0.75em of it, 12px.
 * - Reset on the inner root (.kratom-base), because inherited host styles would harm reading:
 *   letter-spacing, word-spacing, text-transform, text-indent, white-space, word-break,
 *   text-shadow, font-style, font-weight, font-variant and text-align.
 */
import { css } from 'lit';
import { tokenStyles } from './tokens.js';

export const baseStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_k-font-family);
      /* 1em here is the parent's text size (the host's text), floored at the minimum. */
      font-size: var(--_k-font-size);
      line-height: var(--_k-line-height);
      color: var(--_k-color-text);
      overflow-wrap: break-word;
    }
    :host([hidden]) {
      display: none !important;
    }
    .kratom-base {
      display: contents;
      font-family: var(--_k-font-family);
      /* The host's own size (1em) unless a page rule on the element itself went below the floor. */
      font-size: max(1em, var(--_k-min-font-size));
      line-height: var(--_k-line-height);
      color: var(--_k-color-text);
      text-align: start;
      text-transform: none;
      text-indent: 0;
      text-shadow: none;
      letter-spacing: normal;
      word-spacing: normal;
      white-space: normal;
      word-break: normal;
      font-style: normal;
      font-weight: 400;
      font-variant: normal;
    }
    /* Terms a language without spaces must not break inside (Thai drug names): see keep-whole.ts. */
    .keep-whole {
      white-space: nowrap;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    a {
      color: var(--_k-color-link);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    :focus-visible {
      outline: var(--_k-focus-ring-width) solid var(--_k-color-focus);
      outline-offset: 2px;
    }
    button {
      font: inherit;
      color: inherit;
      min-block-size: 24px;
      min-inline-size: 24px;
      cursor: pointer;
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px !important;
      block-size: 1px !important;
      padding: 0 !important;
      margin: -1px !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
      border: 0 !important;
    }
    .icon {
      inline-size: 1.25em;
      block-size: 1.25em;
      flex: none;
      vertical-align: -0.25em;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .ltr {
      direction: ltr;
      unicode-bidi: isolate;
    }
    /* On paper the page's print size is followed (the checklist's summary prints at 11pt), with a
       10pt floor instead of the screen's 16px. */
    @media print {
      .kratom-base {
        font-size: max(1em, 10pt);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        transition: none !important;
        animation: none !important;
        scroll-behavior: auto !important;
      }
    }
    @media (forced-colors: active) {
      .icon {
        stroke: CanvasText;
      }
      a {
        color: LinkText;
      }
    }
  `,
];
