/**
 * The evidence chip: icon + level name, with the one-line explanation available to everyone
 * (visible on hover/focus via the legend, and always in the accessible name's description).
 *
 * A health-authority chip whose claim rests only on news or secondary copies of the authority's
 * statement adds "reported in the news" (`claimEvidenceChip` in ./claim-evidence-chip.ts), so a reader
 * never takes a news report for the authority's own document.
 */
import { html, css, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { EvidenceLevel } from '../content/types.js';
import { evidenceLevelExplanation, evidenceLevelLabel } from '../content/evidence-levels.js';
import { EVIDENCE_SHAPES } from './icons.js';

export interface EvidenceChipOptions {
  /** The claim rests only on news or secondary copies (shown as "reported in the news"). */
  readonly newsOnly?: boolean;
}

export function evidenceChip(level: EvidenceLevel, options: EvidenceChipOptions = {}): TemplateResult {
  const newsOnly = options.newsOnly === true;
  // The icon frame is part of this template (see EVIDENCE_SHAPES): one instance fewer per chip.
  return html`<span
    class="evidence-chip"
    part="evidence-chip"
    data-level=${level}
    data-basis=${newsOnly ? 'news' : nothing}
    ><svg class="icon" part="evidence-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      ${EVIDENCE_SHAPES[level]}</svg
    ><span class="visually-hidden"
      >${msg('Evidence:', {
        id: 'shared.evidence.prefix',
        desc: 'Screen-reader prefix read before an evidence-level chip, e.g. "Evidence: Animal studies".',
      })} </span
    >${evidenceLevelLabel(level)}${
      newsOnly
        ? html`<span class="evidence-basis"
            >${msg(', reported in the news', {
              id: 'shared.evidence.newsOnly',
              desc: 'Added to a "Health authority" evidence chip when the statement was read only in news reports or other copies, not in the authority\'s own document. Starts with a comma because it follows the chip label ("Health authority, reported in the news"). Short.',
            })}</span
          >`
        : nothing
    }</span
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
    /* Short chips stay on one line where there is room; on a phone (or in a language whose words
       are long or have no spaces) a chip wraps inside its frame instead of widening the page. */
    max-inline-size: 100%;
    overflow-wrap: anywhere;
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
