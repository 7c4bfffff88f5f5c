import { css } from 'lit';
import { baseStyles } from '../../shared/base.styles.js';
import { evidenceChipStyles } from '../../shared/evidence-chip.js';
import { sourceListStyles } from '../../shared/source-list.js';
import { reviewFooterStyles } from '../../shared/review-footer.js';
import { disclosureStyles } from '../../shared/disclosure.styles.js';
import { chartStyles } from './chart.styles.js';

export const alkaloidExplainerStyles = [
  ...baseStyles,
  evidenceChipStyles,
  sourceListStyles,
  reviewFooterStyles,
  disclosureStyles,
  css`
    :host {
      --_bar-color: var(--kratom-alkaloid-bar-color, var(--_k-color-accent));
      max-inline-size: 100%;
    }
    .root {
      display: grid;
      gap: var(--_k-space-4);
      padding: var(--_k-space-3);
      border-radius: var(--_k-radius);
      background: var(--_k-color-surface);
      color: var(--_k-color-text);
    }
    .root.is-compact {
      gap: var(--_k-space-2);
      padding: var(--_k-space-2);
    }
    p {
      margin: 0;
    }
    .cites-list,
    .receptors,
    .claims,
    .corrections,
    .points {
      list-style: none;
      margin: 0;
      padding: 0;
    }

    /* ── Tabs ─────────────────────────────────────────────────────────────── */
    .tablist {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_k-space-1);
      border-block-end: 1px solid var(--_k-color-border);
      padding-block-end: var(--_k-space-1);
    }
    .tab {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.25em;
      padding-block: var(--_k-space-1);
      padding-inline: var(--_k-space-3);
      border: 1px solid var(--_k-color-border);
      border-block-end-width: 3px;
      border-block-end-color: transparent;
      border-radius: var(--_k-radius) var(--_k-radius) 0 0;
      background: var(--_k-color-surface-raised);
      color: var(--_k-color-text);
      text-align: start;
    }
    .tab:hover {
      border-block-end-color: var(--_k-color-border);
    }
    .tab[aria-selected='true'] {
      background: var(--_k-color-surface);
      border-block-end-color: var(--_k-color-accent);
      font-weight: 700;
    }

    /* ── Panel ────────────────────────────────────────────────────────────── */
    .panel {
      display: grid;
      gap: var(--_k-space-3);
      padding: var(--_k-space-3);
      border: 1px solid var(--_k-color-border);
      border-radius: var(--_k-radius);
      background: var(--_k-color-surface);
    }
    .is-compact .panel {
      padding: var(--_k-space-2);
    }
    .heading {
      margin: 0;
      font-weight: 700;
      line-height: 1.3;
    }
    .heading.h0 {
      font-size: 1.25em;
    }
    .heading.h1 {
      font-size: 1.0625em;
      margin-block-end: var(--_k-space-1);
    }
    .block {
      display: grid;
      gap: var(--_k-space-2);
    }
    .note {
      padding-inline-start: var(--_k-space-2);
      border-inline-start: 4px solid var(--_k-color-restricted);
      font-size: 0.9375em;
    }

    /* ── Claims, chips and citations ──────────────────────────────────────── */
    .claim {
      display: grid;
      gap: var(--_k-space-1);
    }
    .claim-caveat {
      color: var(--_k-color-text-muted);
      font-size: 0.9375em;
    }
    .claim-meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_k-space-1) var(--_k-space-2);
    }
    .cites {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 var(--_k-space-2);
      font-size: 0.875em;
    }
    .cites-label {
      color: var(--_k-color-text-muted);
    }
    .cites-list {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0 var(--_k-space-2);
    }
    .cites-list a,
    .cites-list span {
      display: inline-flex;
      align-items: center;
      min-block-size: 24px;
      min-inline-size: 24px;
    }

    /* ── Identity ─────────────────────────────────────────────────────────── */
    .identity-row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_k-space-3);
      align-items: flex-start;
    }
    .identity {
      display: grid;
      gap: var(--_k-space-2);
      flex: 1 1 16em;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_k-space-2) var(--_k-space-4);
      margin: 0;
    }
    .facts dt {
      font-size: 0.875em;
      color: var(--_k-color-text-muted);
    }
    .facts dd {
      margin: 0;
      font-weight: 600;
    }
    .formula {
      font-variant-numeric: lining-nums;
      white-space: nowrap;
    }
    .formula sub {
      font-size: 0.75em;
      line-height: 0;
    }
    .structure {
      flex: 0 1 14em;
      min-block-size: 8em;
      padding: var(--_k-space-2);
      border: 1px dashed var(--_k-color-border);
      border-radius: var(--_k-radius);
    }
    .structure[hidden] {
      display: none;
    }
    .structure {
      margin: 0;
      color: var(--_k-color-text);
    }
    .structure-frame {
      inline-size: 100%;
      aspect-ratio: 4 / 3;
    }
    .structure-drawing {
      display: block;
      inline-size: 100%;
      block-size: 100%;
    }
    .structure-caption {
      margin-block-start: var(--_k-space-1);
      font-size: 0.8125em;
      color: var(--_k-color-text-muted);
    }

    /* ── Share, receptors, caveat ─────────────────────────────────────────── */
    .share-value {
      font-size: 1.125em;
      font-weight: 700;
    }
    .receptors {
      display: grid;
      gap: var(--_k-space-3);
    }
    .receptor {
      display: grid;
      gap: var(--_k-space-1);
      padding-block-start: var(--_k-space-2);
      border-block-start: 1px solid var(--_k-color-border);
    }
    .receptor-head {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_k-space-2);
      align-items: baseline;
    }
    .receptor-action {
      color: var(--_k-color-text-muted);
    }
    .caveat {
      padding: var(--_k-space-3);
      border-inline-start: 4px solid var(--_k-color-restricted);
      border-radius: var(--_k-radius);
      background: var(--_k-color-surface-raised);
    }

    /* ── Pain section and corrections ─────────────────────────────────────── */
    .claims,
    .corrections,
    .points {
      display: grid;
      gap: var(--_k-space-3);
    }
    .claims > li,
    .points > li {
      padding-inline-start: var(--_k-space-3);
      border-inline-start: 2px solid var(--_k-color-border);
    }
    .correction {
      display: grid;
      gap: var(--_k-space-2);
      padding: var(--_k-space-3);
      border: 1px solid var(--_k-color-border);
      border-radius: var(--_k-radius);
    }
    .popular-label,
    .answer-label {
      font-weight: 700;
    }
    .correction-answer .claim-text {
      font-weight: 600;
    }

    /* ── Disclosures and footer ───────────────────────────────────────────── */
    .end {
      display: grid;
      gap: var(--_k-space-2);
    }
    .disclosure {
      display: grid;
      gap: var(--_k-space-2);
    }
    .toggle {
      display: inline-flex;
      align-items: center;
      justify-self: start;
      gap: var(--_k-space-1);
      padding-block: var(--_k-space-1);
      padding-inline: var(--_k-space-2);
      border: 1px solid var(--_k-color-border);
      border-radius: calc(var(--_k-radius) / 2);
      background: var(--_k-color-surface-raised);
      text-align: start;
    }
    .disclosure-body[hidden] {
      display: none;
    }

    @media (forced-colors: active) {
      .tab,
      .panel,
      .toggle,
      .correction {
        border-color: CanvasText;
      }
      .tab[aria-selected='true'] {
        border-block-end-color: Highlight;
      }
      .note,
      .caveat {
        border-inline-start-color: CanvasText;
      }
    }
    @media print {
      .toggle {
        display: none;
      }
      .disclosure-body[hidden] {
        display: block;
      }
    }
  `,
  chartStyles,
];
