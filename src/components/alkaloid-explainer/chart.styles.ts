/** Styles of the leaf composition chart (chart.template.ts). */
import { css } from 'lit';

export const chartStyles = css`
  /* ── Chart ────────────────────────────────────────────────────────────── */
  .chart {
    display: grid;
    gap: var(--_k-space-2);
    margin: 0;
    container-type: inline-size;
  }
  figcaption {
    display: grid;
    gap: var(--_k-space-1);
  }
  .chart-visual {
    display: grid;
    gap: var(--_k-space-1);
  }
  .chart-row {
    display: grid;
    grid-template-columns: minmax(0, 12em) minmax(6em, 1fr) minmax(0, 10em);
    gap: var(--_k-space-2);
    align-items: center;
    padding-inline-start: var(--_k-space-2);
    border-inline-start: 4px solid transparent;
  }
  .chart-row.is-selected {
    border-inline-start-color: var(--_k-color-text);
    font-weight: 700;
  }
  .chart-name {
    overflow-wrap: break-word;
  }
  .chart-value {
    font-size: 0.875em;
  }
  .chart-note {
    display: block;
    font-weight: 400;
    color: var(--_k-color-text-muted);
  }
  .track {
    display: block;
    inline-size: 100%;
    block-size: 1.5em;
    overflow: visible;
  }
  .track:dir(rtl) {
    transform: scaleX(-1);
  }
  .track-bg {
    fill: var(--_k-color-surface-raised);
  }
  .track-bg,
  .grid,
  .cap {
    vector-effect: non-scaling-stroke;
  }
  .grid {
    stroke: var(--_k-color-border);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .bar {
    fill: var(--_bar-color);
  }
  .cap {
    stroke: var(--_k-color-text);
    stroke-width: 2;
  }
  .axis {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    font-size: 0.8125em;
    color: var(--_k-color-text-muted);
  }
  .axis > :first-child {
    justify-self: start;
  }
  .axis > :last-child {
    justify-self: end;
  }
  .chart-legend {
    font-size: 0.8125em;
    color: var(--_k-color-text-muted);
  }
  @container (max-width: 34em) {
    .chart-row {
      grid-template-columns: minmax(min-content, 3fr) minmax(0, 2fr);
      row-gap: 0;
    }
    .chart-row .track,
    .chart-axis .axis {
      grid-column: 1 / -1;
      grid-row: 2;
    }
    .chart-value {
      text-align: end;
    }
    .chart-axis .chart-name,
    .chart-axis .chart-value {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .track-bg {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar {
      fill: CanvasText;
    }
    .cap,
    .grid {
      stroke: CanvasText;
    }
    .chart-row.is-selected {
      border-inline-start-color: CanvasText;
    }
  }
`;
