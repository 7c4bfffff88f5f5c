/** The "why it matters / what to do" details of a ticked item, on screen and in the printed summary. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { severityIcon } from '../../shared/icons.js';
import { lazySourceList } from '../../shared/lazy-source-list.js';
import { claimEvidenceChip } from '../../shared/claim-evidence-chip.js';
import type { Risk, Severity } from '../../content/types.js';
import { CHECKLIST_SOURCES } from '../../content/widget-sources/checklist.js';
import { severityLabel } from './risk-checklist.messages.js';

/** A severity label: icon and word. */
export function severityTag(severity: Severity): TemplateResult {
  return html`<span class="severity" part="severity" data-severity=${severity}
    >${severityIcon(severity)}<span>${severityLabel(severity)}</span></span
  >`;
}

/** What a ticked item means: severity, why it matters (with evidence), what to do, sources. */
export function itemDetails(risk: Risk): TemplateResult {
  return html`${severityTag(risk.severity)}
    <p class="why" part="why">
      <strong
        >${msg('Why it matters:', {
          id: 'riskChecklist.item.why',
          desc: 'Risk self-check: label before the "why it matters" text of a ticked statement.',
        })}</strong
      >
      ${risk.why.text()} ${claimEvidenceChip(risk.why)}
    </p>
    ${risk.why.caveat ? html`<p class="caveat" part="caveat">${risk.why.caveat()}</p>` : nothing}
    <p class="action" part="action">
      <strong
        >${msg('What to do:', {
          id: 'riskChecklist.item.action',
          desc: 'Risk self-check: label before the "what to do" text of a ticked statement.',
        })}</strong
      >
      ${risk.action()}
    </p>
    <div class="sources-label">
      ${msg('Sources', {
        id: 'riskChecklist.item.sources',
        desc: 'Risk self-check: label above the sources of a ticked statement, and in the printed summary.',
      })}
    </div>
    ${lazySourceList(risk.why.sources, CHECKLIST_SOURCES)}`;
}
