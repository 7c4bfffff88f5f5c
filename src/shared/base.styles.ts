/**
 * Styles every component includes: tokens, box model, typography that inherits the host font,
 * focus ring, visually-hidden helper, reduced motion and forced colours.
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
      font-size: var(--_k-font-size);
      line-height: var(--_k-line-height);
      color: var(--_k-color-text);
      text-align: start;
      text-transform: none;
      text-indent: 0;
      white-space: normal;
      font-style: normal;
      font-weight: 400;
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
