import { css } from 'lit';
import { baseStyles } from '../../shared/base.styles.js';
import { evidenceChipStyles } from '../../shared/evidence-chip.js';
import { sourceListStyles } from '../../shared/source-list.js';
import { reviewFooterStyles } from '../../shared/review-footer.js';
import { publisherHelpStyles } from '../../shared/publisher-help.styles.js';
import { disclosureStyles } from '../../shared/disclosure.styles.js';
import { summaryStyles } from './summary.styles.js';

export const riskChecklistStyles = [
  ...baseStyles,
  evidenceChipStyles,
  sourceListStyles,
  reviewFooterStyles,
  disclosureStyles,
  publisherHelpStyles,
  css`
    :host {
      display: block;
      max-inline-size: 100%;
    }
    .root {
      display: grid;
      gap: var(--_k-space-4);
      padding: var(--_k-space-4);
      border-radius: var(--_k-radius);
      color: var(--_k-color-text);
      background: var(--_k-color-surface);
    }
    .screen {
      display: grid;
      gap: var(--_k-space-4);
    }
    p {
      margin: 0;
    }
    ul,
    ol {
      margin: 0;
    }
    [hidden] {
      display: none !important;
    }
    .heading {
      margin: 0;
      font-weight: 700;
      line-height: 1.3;
    }
    /* Sized by depth below heading-level (as the default level looked), not by the level itself. */
    .depth-0 {
      font-size: 1.375em;
    }
    .depth-1 {
      font-size: 1.1875em;
    }
    .depth-2 {
      font-size: 1.0625em;
    }
    .intro {
      max-inline-size: 44em;
    }
    .privacy {
      display: flex;
      align-items: center;
      gap: var(--_k-space-2);
      font-size: 0.9375em;
      color: var(--_k-color-text-muted);
    }

    /* ------------------------------------------------------------ urgent block (always visible) */
    .urgent {
      display: grid;
      gap: var(--_k-space-3);
      padding: var(--_k-space-4);
      border: 2px solid var(--_k-color-urgent);
      border-inline-start-width: 6px;
      border-radius: var(--_k-radius);
      background: var(--_k-color-surface);
    }
    .urgent-title {
      display: flex;
      align-items: center;
      gap: var(--_k-space-2);
    }
    .urgent-title .icon {
      color: var(--_k-color-urgent);
      inline-size: 1.5em;
      block-size: 1.5em;
    }
    .signs {
      display: grid;
      gap: var(--_k-space-1);
      padding-inline-start: 1.25em;
    }
    .call {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_k-space-2);
      font-size: 1.0625em;
    }
    .tel {
      display: inline-flex;
      align-items: center;
      min-block-size: 24px;
      min-inline-size: 24px;
      padding-inline: var(--_k-space-1);
      font-weight: 700;
    }
    .naloxone,
    .helplines {
      display: grid;
      gap: var(--_k-space-2);
    }
    .naloxone ul,
    .helplines ul {
      display: grid;
      gap: var(--_k-space-1);
      padding-inline-start: 1.25em;
    }
    details > summary {
      display: list-item;
      min-block-size: 24px;
      cursor: pointer;
      padding-block: 0.125em;
    }
    details[open] > summary {
      margin-block-end: var(--_k-space-2);
    }

    /* ------------------------------------------------------------------------------ the items */
    .groups {
      display: grid;
      gap: var(--_k-space-4);
    }
    .group {
      margin: 0;
      padding: var(--_k-space-3);
      border: 1px solid var(--_k-color-border);
      border-radius: var(--_k-radius);
      min-inline-size: 0;
    }
    legend {
      padding-inline: var(--_k-space-1);
      font-weight: 700;
      font-size: 1.0625em;
    }
    .group-toggle {
      display: inline-flex;
      align-items: center;
      gap: var(--_k-space-2);
      padding-block: var(--_k-space-1);
      padding-inline: var(--_k-space-2);
      border: 1px solid var(--_k-color-border);
      border-radius: calc(var(--_k-radius) / 2);
      background: var(--_k-color-surface-raised);
      font-weight: 700;
    }
    /* The group chevron keeps the checklist's icon size (the shared disclosure chevron is 1em). */
    .group-toggle > .chevron {
      inline-size: 1.25em;
      block-size: 1.25em;
    }
    .items {
      display: grid;
      gap: var(--_k-space-2);
      list-style: none;
      padding: 0;
    }
    .item {
      display: grid;
      gap: var(--_k-space-2);
    }
    .choice {
      display: flex;
      align-items: flex-start;
      gap: var(--_k-space-2);
    }
    input[type='checkbox'] {
      flex: none;
      inline-size: 24px;
      block-size: 24px;
      margin: 0;
      margin-block-start: 0.05em;
      accent-color: var(--_k-color-accent);
      cursor: pointer;
    }
    label {
      flex: 1;
      min-block-size: 24px;
      cursor: pointer;
    }
    .item[data-checked] label {
      font-weight: 600;
    }
    .details {
      display: grid;
      gap: var(--_k-space-2);
      margin-inline-start: calc(24px + var(--_k-space-2));
      padding: var(--_k-space-3);
      border: 1px solid var(--_k-color-border);
      border-inline-start: 4px solid var(--_sev-color, var(--_k-color-border));
      border-radius: var(--_k-radius);
      background: var(--_k-color-surface-raised);
    }
    [data-severity='urgent'] {
      --_sev-color: var(--_k-color-urgent);
    }
    [data-severity='prompt'] {
      --_sev-color: var(--_k-color-prompt);
    }
    [data-severity='before-use'] {
      --_sev-color: var(--_k-color-before-use);
    }
    [data-severity='caution'] {
      --_sev-color: var(--_k-color-caution);
    }
    .severity {
      display: inline-flex;
      align-items: center;
      gap: var(--_k-space-1);
      justify-self: start;
      font-weight: 700;
    }
    .severity .icon,
    .severity-line .icon {
      color: var(--_sev-color);
    }
    .caveat {
      padding-inline-start: var(--_k-space-2);
      border-inline-start: 3px solid var(--_k-color-border);
      color: var(--_k-color-text-muted);
      font-size: 0.9375em;
    }
    .sources-label {
      font-weight: 600;
      font-size: 0.9375em;
    }

    ${summaryStyles}

    @media (max-width: 30em) {
      .details {
        margin-inline-start: 0;
      }
    }

    @media (forced-colors: active) {
      .urgent,
      .group,
      .details,
      .summary,
      .actions button,
      .group-toggle,
      .caveat {
        border-color: CanvasText;
      }
      input[type='checkbox'] {
        accent-color: auto;
      }
      .severity .icon,
      .severity-line .icon,
      .urgent-title .icon {
        color: CanvasText;
      }
    }

    @media print {
      :host {
        color-scheme: light;
        font-size: 11pt;
      }
      .root {
        padding: 0;
      }
      .screen,
      .urgent {
        display: none !important;
      }
      .print {
        display: grid !important;
        border: 0 !important;
        padding: 0 !important;
      }
      .print a[href]::after {
        content: ' (' attr(href) ')';
        overflow-wrap: anywhere;
      }
      .print a[href^='tel:']::after {
        content: none;
      }
      .print .icon {
        display: none;
      }
      .print .details,
      .print-list .severity {
        break-inside: avoid;
      }
    }
  `,
];
