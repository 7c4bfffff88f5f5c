import { css } from 'lit';
import { baseStyles } from '../../shared/base.styles.js';
import { evidenceChipStyles } from '../../shared/evidence-chip.js';
import { sourceListStyles } from '../../shared/source-list.js';
import { reviewFooterStyles } from '../../shared/review-footer.js';

export const mechanismDiagramStyles = [
  ...baseStyles,
  evidenceChipStyles,
  sourceListStyles,
  reviewFooterStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      background: var(--_k-color-surface);
    }
    .root,
    .list {
      display: grid;
      gap: var(--_k-space-3);
    }
    p {
      margin: 0;
    }

    /* ------------------------------------------------------------------ banner and summary */
    .banner {
      display: flex;
      gap: var(--_k-space-2);
      align-items: flex-start;
      padding-block: var(--_k-space-2);
      padding-inline: var(--_k-space-3);
      border: 1px solid var(--_k-color-border);
      border-inline-start: 4px solid var(--_k-color-restricted);
      border-radius: var(--_k-radius);
      background: var(--_k-color-surface-raised);
    }
    .banner .icon {
      color: var(--_k-color-restricted);
      margin-block-start: 0.1em;
    }
    .banner-count,
    .banner-trial {
      display: block;
    }
    .figure,
    .diagram-wrap {
      display: grid;
      gap: var(--_k-space-3);
      min-inline-size: 0;
    }
    .figure {
      margin: 0;
    }
    .summary {
      margin: 0;
    }
    .toolbar {
      display: flex;
      justify-content: flex-end;
    }
    .view-toggle,
    .nav {
      display: inline-flex;
      align-items: center;
      gap: var(--_k-space-1);
      min-block-size: 2.5em;
      padding-block: var(--_k-space-1);
      padding-inline: var(--_k-space-3);
      border: 1px solid var(--_k-color-border);
      border-radius: calc(var(--_k-radius) / 2);
      background: var(--_k-color-surface-raised);
      color: var(--_k-color-text);
    }
    .nav[aria-disabled='true'] {
      border-style: dashed;
      color: var(--_k-color-text-muted);
      cursor: not-allowed;
    }
    .chevron {
      inline-size: 1.1em;
      block-size: 1.1em;
    }
    .previous .chevron,
    .root[dir='rtl'] .next .chevron,
    .root[dir='rtl'] .sample {
      transform: scaleX(-1);
    }
    .root[dir='rtl'] .previous .chevron {
      transform: none;
    }

    /* ------------------------------------------------------------------ diagram and lanes */
    .diagram-wrap[hidden] {
      display: none;
    }
    .diagram {
      padding: var(--_k-space-3);
      border: 1px solid var(--_k-color-border);
      border-radius: var(--_k-radius);
      background: var(--_k-color-surface);
      min-inline-size: 0;
    }
    .lanes {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_k-space-4);
      align-items: start;
    }
    .lanes[data-count='1'] {
      grid-template-columns: minmax(0, 1fr);
    }
    @container (max-width: 559px) {
      .lanes {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .lane {
      display: grid;
      gap: var(--_k-space-2);
      justify-items: center;
      min-inline-size: 0;
    }
    .lane-title {
      font-weight: 700;
      text-align: center;
    }
    .lane-svg {
      display: block;
      inline-size: 100%;
      max-inline-size: 22em;
      block-size: auto;
      overflow: visible;
    }
    .lane-svg text {
      fill: var(--_k-color-text);
      font-family: inherit;
      /* Each label takes its direction from its own text (e.g. an untranslated label in RTL). */
      unicode-bidi: plaintext;
    }
    .node {
      cursor: pointer;
    }
    .stroke {
      fill: none;
      stroke: var(--_k-color-text);
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .node .box {
      fill: var(--_k-color-surface-raised);
    }
    .node.current .box {
      fill: var(--_k-color-surface);
    }
    .head {
      fill: var(--_k-color-text);
    }
    .ring {
      fill: none;
      stroke: var(--_k-color-accent);
      stroke-width: 3;
    }
    .edge.current .stroke {
      stroke-width: 3;
    }
    .node .icon {
      inline-size: 18px;
      block-size: 18px;
      color: var(--_k-color-text);
    }
    .scope {
      fill: var(--_k-color-text-muted);
    }
    .lane-svg [data-scope='no-human-evidence'] .scope {
      fill: var(--_k-color-restricted);
      font-weight: 700;
    }
    .lane-svg .edge-label {
      fill: var(--_k-color-text-muted);
      font-style: italic;
    }

    /*
     * Line style per evidence level: never colour alone. Study types run from sparse dots (lab
     * tests) to a solid line (controlled trial, the strongest kind of study). A health authority's
     * statement is not a study: it gets its own dash-dot pattern at the normal width, never a
     * thicker or stronger line than a trial.
     */
    [data-level='regulator'] .stroke {
      stroke-dasharray: 12 3 2 3;
    }
    [data-level='human-observational'] .stroke {
      stroke-dasharray: 10 4;
    }
    [data-level='human-case-reports'] .stroke {
      stroke-dasharray: 5 4;
    }
    [data-level='animal'] .stroke {
      stroke-dasharray: 0.5 4.5;
    }
    [data-level='in-vitro'] .stroke {
      stroke-dasharray: 0.5 9;
    }

    @media (prefers-reduced-motion: no-preference) {
      /* Fill only: animating stroke-width re-lays out the whole SVG drawing on every frame. */
      .node .box,
      .edge .stroke {
        transition: fill 150ms ease;
      }
    }

    /* ------------------------------------------------------------------ controls and caption */
    .controls {
      position: sticky;
      inset-block-end: 0;
      z-index: 1;
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      align-items: center;
      gap: var(--_k-space-2);
      padding: var(--_k-space-2);
      border: 1px solid var(--_k-color-border);
      border-radius: var(--_k-radius);
      background: var(--_k-color-surface);
    }
    .counter {
      font-weight: 600;
      text-align: center;
    }
    .caption {
      display: grid;
      gap: var(--_k-space-2);
      padding: var(--_k-space-3);
      border: 1px solid var(--_k-color-border);
      border-inline-start: 4px solid var(--_k-color-accent);
      border-radius: var(--_k-radius);
      background: var(--_k-color-surface);
    }
    .caption-lane {
      font-size: 0.875em;
      color: var(--_k-color-text-muted);
    }
    .caption-title {
      font-size: 1.0625em;
      font-weight: 700;
    }
    .caption-meta,
    .list-meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_k-space-2);
    }
    .caption-edge {
      font-style: italic;
    }
    .scope-tag {
      display: inline-block;
      padding-block: 0.1em;
      padding-inline: 0.5em;
      border: 1px dashed var(--_k-color-border);
      border-radius: 999px;
      font-size: 0.8125em;
    }
    .scope-tag[data-scope='no-human-evidence'] {
      border: 2px solid var(--_k-color-restricted);
      font-weight: 700;
    }
    .caveat {
      display: block;
      padding-inline-start: var(--_k-space-2);
      border-inline-start: 4px solid var(--_k-color-restricted);
    }
    .sources-heading {
      font-weight: 600;
    }

    /* ------------------------------------------------------------------ list view */
    .list-title,
    .legend-title {
      font-weight: 700;
    }
    .list-lane-title {
      font-weight: 600;
      margin-block-end: var(--_k-space-1);
    }
    .list ol {
      display: grid;
      gap: var(--_k-space-3);
      margin: 0;
      padding-inline-start: 2em;
    }
    .list-item > * {
      display: block;
    }
    .list-item > * + * {
      margin-block-start: var(--_k-space-1);
    }
    .list-item > .list-meta {
      display: flex;
    }
    .list-item::marker {
      font-weight: 700;
    }
    .list-item.branch {
      margin-inline-start: var(--_k-space-4);
    }
    .list-label {
      font-weight: 700;
    }
    .list-relation {
      color: var(--_k-color-text-muted);
      font-size: 0.9375em;
    }

    /* ------------------------------------------------------------------ legend */
    .legend {
      display: grid;
      gap: var(--_k-space-2);
      padding: var(--_k-space-3);
      border: 1px solid var(--_k-color-border);
      border-radius: var(--_k-radius);
    }
    .legend ul {
      display: grid;
      gap: var(--_k-space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .legend-row {
      display: grid;
      grid-template-columns: 48px minmax(0, 1fr);
      align-items: start;
      gap: var(--_k-space-2);
    }
    .legend-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_k-space-1) var(--_k-space-2);
    }
    .legend-line {
      font-weight: 600;
      font-size: 0.9375em;
    }
    .legend-explanation {
      font-size: 0.9375em;
    }
    .sample {
      inline-size: 48px;
      block-size: 16px;
      margin-block-start: 0.2em;
      overflow: visible;
    }

    @media (forced-colors: active) {
      .lane-svg text,
      .lane-svg .edge-label,
      .lane-svg [data-scope='no-human-evidence'] .scope,
      .head {
        fill: CanvasText;
      }
      .stroke {
        stroke: CanvasText;
      }
      .node .box,
      .node.current .box {
        fill: Canvas;
      }
      .ring {
        stroke: Highlight;
      }
      .node .icon,
      .banner .icon {
        color: CanvasText;
        stroke: CanvasText;
      }
      .banner,
      .diagram,
      .controls,
      .caption,
      .legend,
      .view-toggle,
      .nav,
      .scope-tag,
      .caveat {
        border-color: CanvasText;
      }
      .nav[aria-disabled='true'] {
        border-color: GrayText;
        color: GrayText;
      }
    }
  `,
];
