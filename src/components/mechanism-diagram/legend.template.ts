/** The legend: the line style and icon of every evidence level shown, plus arrows, side lines and the current ring. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { heading } from '../../shared/heading.js';
import { evidenceChip } from '../../shared/evidence-chip.js';
import { EVIDENCE_LEVELS, evidenceLevelExplanation } from '../../content/evidence-levels.js';
import type { EvidenceLevel } from '../../content/types.js';
import { lineStyleName } from './mechanism-diagram.messages.js';
import type { OrderedStep } from './step-order.js';

export function renderLegend(steps: readonly OrderedStep[], level: number): TemplateResult {
  const used = new Set(steps.map((o) => o.step.claim.level));
  const levels = EVIDENCE_LEVELS.filter((l) => used.has(l));
  const sample = (cls: string, level?: EvidenceLevel, head = false) =>
    html`<svg class="sample" viewBox="0 0 48 16" aria-hidden="true" focusable="false">
      <g class=${cls} data-level=${level ?? 'human-controlled'}>
        <path class="stroke" d=${head ? 'M3 8H38' : 'M3 8H45'}></path>
        ${head ? svg`<polygon class="head" points="37,3 37,13 45,8"></polygon>` : nothing}
      </g>
    </svg>`;
  return html`<div class="legend" part="legend">
    ${heading(
      msg('How to read the diagram', {
        id: 'mechanismDiagram.legend.title',
        desc: 'Title of the legend that explains line styles, icons and connectors.',
      }),
      level,
      { id: 'legend-title', className: 'legend-title' },
    )}
    <ul class="legend-levels">
      ${levels.map(
        (level) =>
          html`<li class="legend-row" data-level=${level}>
            ${sample('edge', level)}
            <div class="legend-text">
              <div class="legend-head">
                <span class="legend-line">${lineStyleName(level)}</span>
                ${evidenceChip(level)}
              </div>
              <div class="legend-explanation">${evidenceLevelExplanation(level)}</div>
            </div>
          </li>`,
      )}
    </ul>
    <ul class="legend-shapes">
      ${
        used.has('regulator')
          ? nothing
          : html`<li class="legend-row legend-hierarchy" data-level="regulator">
              ${sample('edge', 'regulator')}
              <span
                >${msg(
                  'Dash-dot line: a statement from a health authority. It is not a study, so it is never drawn stronger than a controlled trial, the strongest kind of study.',
                  {
                    id: 'mechanismDiagram.legend.regulator',
                    desc: 'Legend: how a health authority statement would be drawn (dash-dot line), and that it is not ranked above a controlled trial. Keep both points.',
                  },
                )}</span
              >
            </li>`
      }
      <li class="legend-row">
        ${sample('edge main', undefined, true)}
        <span
          >${msg('Arrow: leads to the next step in the chain.', {
            id: 'mechanismDiagram.legend.arrow',
            desc: 'Legend: meaning of an arrow between boxes.',
          })}</span
        >
      </li>
      <li class="legend-row">
        ${sample('edge branch')}
        <span
          >${msg('Line without an arrowhead: a side finding at the step it is attached to.', {
            id: 'mechanismDiagram.legend.branch',
            desc: 'Legend: meaning of a connector line to a side box.',
          })}</span
        >
      </li>
      <li class="legend-row">
        <svg class="sample" viewBox="0 0 48 16" aria-hidden="true" focusable="false">
          <rect class="ring" x="4" y="1.5" width="40" height="13" rx="5"></rect>
        </svg>
        <span
          >${msg('Outer ring: the current step.', {
            id: 'mechanismDiagram.legend.current',
            desc: 'Legend: the current step is marked with an outer ring.',
          })}</span
        >
      </li>
    </ul>
  </div>`;
}
