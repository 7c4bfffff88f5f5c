/** The text alternative: every step as an ordered list per lane, with its relation, evidence and claim. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { heading, headingLevel } from '../../shared/heading.js';
import { claimEvidenceChip } from '../../shared/claim-evidence-chip.js';
import { sourceList } from '../../shared/source-list.js';
import { entriesOf } from '../../content/source-entries.js';
import { DIAGRAM_SOURCES } from '../../content/widget-sources/diagram.js';
import type { PathwayId } from '../../content/types.js';
import { arrowText, laneName, scopeLabel } from './mechanism-diagram.messages.js';
import type { OrderedStep } from './step-order.js';

/** One step of the list. */
export function renderListItem(ordered: OrderedStep, withSources: boolean): TemplateResult {
  const { step, parent, previousMain } = ordered;
  const relation = parent
    ? msg(str`Side finding at: ${parent.label()}`, {
        id: 'mechanismDiagram.list.branchOf',
        desc: "In the list of steps: this item is a side box attached to another step. Placeholder: that step's label.",
      })
    : previousMain
      ? msg(str`Follows: ${previousMain.label()}`, {
          id: 'mechanismDiagram.list.follows',
          desc: "In the list of steps: the step this one follows in the chain. Placeholder: that step's label.",
        })
      : undefined;
  return html`<li class="list-item ${step.kind}" data-step-id=${step.id} data-level=${step.claim.level}>
    <span class="list-label">${step.label()}</span>
    ${relation ? html`<span class="list-relation">(${relation})</span>` : nothing}
    ${step.edgeLabel ? html`<span class="list-relation">(${arrowText(step.edgeLabel())})</span>` : nothing}
    <span class="list-meta">
      ${claimEvidenceChip(step.claim)}
      <span class="scope-tag" data-scope=${step.scope}>${scopeLabel(step.scope)}</span>
    </span>
    <span class="list-claim">${step.claim.text()}</span>
    ${step.claim.caveat ? html`<span class="list-caveat caveat">${step.claim.caveat()}</span>` : nothing}
    ${withSources ? sourceList(entriesOf(DIAGRAM_SOURCES, step.claim.sources)) : nothing}
  </li>`;
}

/**
 * The whole list (visually hidden unless `visible`; always in the accessibility tree): its title a
 * heading of `level`, each lane's title one level deeper.
 */
export function renderList(
  steps: readonly OrderedStep[],
  lanes: readonly PathwayId[],
  visible: boolean,
  level: number,
): TemplateResult {
  return html`<div class="list ${visible ? '' : 'visually-hidden'}" part="list" id="long-description">
    ${heading(
      msg('All steps, in order', {
        id: 'mechanismDiagram.list.title',
        desc: 'Title of the full text description: every step of the diagram as an ordered list.',
      }),
      level,
      { id: 'list-title', className: 'list-title' },
    )}
    ${lanes.map((lane) => {
      const laneSteps = steps.filter((o) => o.step.pathway === lane);
      const start = (laneSteps[0]?.index ?? 0) + 1;
      return html`<div class="list-lane" data-pathway=${lane}>
        ${heading(laneName(lane), headingLevel(level, 1), { id: `list-lane-${lane}`, className: 'list-lane-title' })}
        <ol start=${start} aria-labelledby="list-lane-${lane}">
          ${laneSteps.map((o) => renderListItem(o, visible))}
        </ol>
      </div>`;
    })}
  </div>`;
}
