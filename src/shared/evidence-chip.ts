/**
 * The evidence chip: icon + level name, with the one-line explanation available to everyone
 * (visible on hover/focus via the legend, and always in the accessible name's description).
 */
import { html, css, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { EvidenceLevel } from '../content/types.js';
import { evidenceLevelExplanation, evidenceLevelLabel } from '../content/evidence-levels.js';
import { EVIDENCE_SHAPES } from './icons.js';

export function evidenceChip(level: EvidenceLevel): TemplateResult {
  // The icon frame is part of this template (see EVIDENCE_SHAPES): one instance fewer per chip.
  return html`<span class="evidence-chip" part="evidence-chip" data-level=${level}
    ><svg class="icon" part="evidence-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      ${EVIDENCE_SHAPES[level]}</svg
    ><span class="visually-hidden"
      >${msg('Evidence:', {
        id: 'shared.evidence.prefix',
        desc: 'Screen-reader prefix read before an evidence-level chip, e.g. "Evidence: Animal studies".',
      })} </span
    >${evidenceLevelLabel(level)}</span
  >`;
}

/** A legend listing every level with its icon, label and explanation. */
export function evidenceLegend(levels: readonly EvidenceLevel[]): TemplateResult {
  return html`<dl class="evidence-legend" part="evidence-legend">
    ${levels.map(
      (level) =>
        html`<div class="evidence-legend-row">
          <dt>${evidenceChip(level)}</dt>
          <dd>${evidenceLevelExplanation(level)}</dd>
        </div>`,
    )}
  </dl>`;
}

export const evidenceChipStyles = css`
  .evidence-chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_k-space-1);
    padding-block: 0.1em;
    padding-inline: 0.5em;
    border: 1px solid var(--_k-color-border);
    border-radius: 999px;
    font-size: 0.8125em;
    line-height: 1.4;
    color: var(--_k-color-text);
    background: var(--_k-color-surface-raised);
    white-space: nowrap;
  }
  .evidence-chip .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    stroke-width: 1.8;
  }
  .evidence-legend {
    display: grid;
    gap: var(--_k-space-2);
    margin: 0;
  }
  .evidence-legend-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_k-space-2);
    align-items: baseline;
  }
  .evidence-legend dd {
    margin: 0;
  }
  @media (forced-colors: active) {
    .evidence-chip {
      border-color: CanvasText;
    }
  }
`;
