/**
 * The caption of the current step, below the diagram: its lane, its label (a heading of `level`),
 * evidence, claim and sources (under a heading one level deeper).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { heading, headingLevel } from '../../shared/heading.js';
import { claimEvidenceChip } from '../../shared/claim-evidence-chip.js';
import { sourceList } from '../../shared/source-list.js';
import { entriesOf } from '../../content/source-entries.js';
import { DIAGRAM_SOURCES } from '../../content/widget-sources/diagram.js';
import { arrowText, laneName, scopeLabel, stepSummary } from './mechanism-diagram.messages.js';
import type { OrderedStep } from './step-order.js';

export function renderCaption(ordered: OrderedStep, total: number, level: number): TemplateResult {
  const { step } = ordered;
  const sources = entriesOf(DIAGRAM_SOURCES, step.claim.sources);
  return html`<div class="caption" part="caption" data-step-id=${step.id}>
    <div class="caption-lane">${laneName(step.pathway)}</div>
    ${heading(step.label(), level, { className: 'caption-title' })}
    <div class="caption-meta">
      ${claimEvidenceChip(step.claim)}
      <span class="scope-tag" data-scope=${step.scope}>${scopeLabel(step.scope)}</span>
    </div>
    ${step.edgeLabel ? html`<p class="caption-edge">${arrowText(step.edgeLabel())}</p>` : nothing}
    <p class="claim">${step.claim.text()}</p>
    ${step.claim.caveat ? html`<p class="caveat">${step.claim.caveat()}</p>` : nothing}
    ${
      sources.length
        ? html`${heading(
            msg('Sources', {
              id: 'mechanismDiagram.caption.sources',
              desc: 'Heading above the sources of the current step.',
            }),
            headingLevel(level, 1),
            { className: 'sources-heading' },
          )}
          ${sourceList(sources)}`
        : nothing
    }
    <span class="visually-hidden" id="current-summary">${stepSummary(ordered, total)}</span>
  </div>`;
}
