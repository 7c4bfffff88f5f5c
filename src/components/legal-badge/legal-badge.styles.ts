import { css } from 'lit';
import { baseStyles } from '../../shared/base.styles.js';
import { sourceListStyles } from '../../shared/source-list.js';
import { reviewFooterStyles } from '../../shared/review-footer.styles.js';
import { publisherHelpStyles } from '../../shared/publisher-help.styles.js';

export const legalBadgeStyles = [
  ...baseStyles,
  sourceListStyles,
  ...reviewFooterStyles,
  publisherHelpStyles,
  css`
    :host {
      display: inline-block;
      max-inline-size: 100%;
      --_status-color: var(--_k-color-unclear);
    }
    :host([variant='full']) {
      display: block;
    }
    .root[data-status='legal'] {
      --_status-color: var(--_k-color-legal);
    }
    .root[data-status='regulated'] {
      --_status-color: var(--_k-color-regulated);
    }
    .root[data-status='restricted'] {
      --_status-color: var(--_k-color-restricted);
    }
    .root[data-status='banned'] {
      --_status-color: var(--_k-color-banned);
    }
    .badge {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_k-space-2);
      padding-block: var(--_k-space-1);
      padding-inline: var(--_k-space-2);
      border: 2px solid var(--_status-color);
      border-radius: var(--_k-radius);
      background: var(--_k-color-surface);
      max-inline-size: 100%;
    }
    .root[data-status='unclear'] .badge,
    .root[data-status='unverified'] .badge,
    .root[data-status='unknown'] .badge,
    .root[data-status='none'] .badge,
    .root[data-status='loading'] .badge {
      border-style: dashed;
    }
    /* While loading, an empty line where the flags will be (every place shows at least its checked
       date), so the badge keeps its height when they arrive: no layout shift below it. */
    .root[data-status='loading'] .badge::after {
      content: '';
      flex-basis: 100%;
      block-size: calc(0.8125em * var(--_k-line-height));
    }
    .label {
      display: inline-flex;
      align-items: center;
      gap: var(--_k-space-1);
      min-inline-size: 0;
      /* As tall as the Details toggle (line, padding, border), so the badge keeps its height when
         the toggle appears after loading: no layout shift around a badge in running text. */
      min-block-size: calc(0.875em * (var(--_k-line-height) + 0.25) + 2px);
    }
    .label .icon {
      color: var(--_status-color);
    }
    .status {
      font-weight: 700;
    }
    /* Short notes shown without opening: their own line under the status, wrapping at 320 px. */
    .flags {
      display: flex;
      flex-wrap: wrap;
      flex-basis: 100%;
      align-items: baseline;
      gap: 0 var(--_k-space-1);
      font-size: 0.8125em;
      color: var(--_k-color-text-muted);
    }
    .flag {
      min-inline-size: 0;
    }
    .flag-stale {
      flex-basis: 100%;
      color: var(--_k-color-text);
      font-weight: 700;
      padding-inline-start: var(--_k-space-1);
      border-inline-start: 4px solid var(--_k-color-restricted);
    }
    .flag-stale + .sep {
      display: none;
    }
    .toggle {
      display: inline-flex;
      align-items: center;
      gap: var(--_k-space-1);
      padding-block: 0.125em;
      padding-inline: var(--_k-space-2);
      border: 1px solid var(--_k-color-border);
      border-radius: calc(var(--_k-radius) / 2);
      background: var(--_k-color-surface-raised);
      font-size: 0.875em;
    }
    .details {
      container-type: inline-size;
      margin-block-start: var(--_k-space-2);
      padding: var(--_k-space-3);
      border: 1px solid var(--_k-color-border);
      border-inline-start: 4px solid var(--_status-color);
      border-radius: var(--_k-radius);
      background: var(--_k-color-surface);
      max-inline-size: 40em;
    }
    :host([variant='full']) .details {
      max-inline-size: none;
    }
    .details[hidden] {
      display: none;
    }
    .heading {
      margin: 0 0 var(--_k-space-2);
      font-size: 1.0625em;
      font-weight: 700;
    }
    .summary {
      margin: 0 0 var(--_k-space-3);
    }
    .facts {
      display: grid;
      grid-template-columns: minmax(9em, max-content) 1fr;
      gap: var(--_k-space-2) var(--_k-space-3);
      margin: 0 0 var(--_k-space-3);
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
    }
    .facts ul {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    .caveat,
    .local,
    .temporary,
    .notice {
      display: block;
      margin-block-start: var(--_k-space-1);
      padding-inline-start: var(--_k-space-2);
      border-inline-start: 4px solid var(--_k-color-restricted);
    }
    .notice {
      margin: 0 0 var(--_k-space-3);
    }
    .basis {
      margin: 0 0 var(--_k-space-3);
    }
    .federal,
    .localities,
    .history {
      margin: 0 0 var(--_k-space-3);
    }
    .federal p {
      margin: 0 0 var(--_k-space-1);
    }
    .federal ul,
    .local-list,
    .change-list {
      margin: 0 0 var(--_k-space-2);
      padding-inline-start: 1.2em;
    }
    .local-list > li + li {
      margin-block-start: var(--_k-space-2);
    }
    .local-list .source-list {
      margin-block-start: var(--_k-space-1);
    }
    .more {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .more > summary {
      cursor: pointer;
      font-size: 0.9375em;
    }
    /* Closed: no layout for the hidden list at all (some engines lay it out at another width). */
    .more:not([open]) > :not(summary) {
      display: none;
    }
    .details > .help {
      margin-block-start: var(--_k-space-3);
    }
    .disclaimer {
      margin: var(--_k-space-3) 0 0;
      font-size: 0.875em;
      font-weight: 600;
    }
    .sources-heading {
      margin: 0 0 var(--_k-space-1);
      font-size: 1em;
      font-weight: 600;
    }
    .covered {
      columns: 13.75em auto;
      margin: 0;
      padding-inline-start: 1.2em;
      font-size: 0.875em;
    }
    /* The details sit in article bodies and narrow sidebars alike: stack by the panel's own width. */
    @container (max-width: 28em) {
      .facts {
        grid-template-columns: 1fr;
      }
    }
    @media (forced-colors: active) {
      .badge,
      .details {
        border-color: CanvasText;
      }
      .label .icon {
        color: CanvasText;
      }
    }
    @media print {
      .toggle {
        display: none;
      }
      .details[hidden] {
        display: block;
      }
    }
  `,
];
