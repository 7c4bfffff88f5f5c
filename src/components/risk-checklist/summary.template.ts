/** The live summary box of <kratom-risk-checklist>: count, highest severity and the limits sentence. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { severityIcon } from '../../shared/icons.js';
import type { Severity } from '../../content/types.js';
import { checklistHeading } from './risk-checklist.helpers.js';

/**
 * The summary box. `sentences` are the count and severity sentences (null when nothing is ticked),
 * `highest` the most serious ticked severity, `level` the element's heading level.
 */
export function summary(
  sentences: { count: string; severity: string } | null,
  highest: Severity | null,
  level: number,
): TemplateResult {
  return html`<div class="summary" part="summary" data-severity=${highest ?? 'none'}>
    ${checklistHeading(
      msg('Your summary', {
        id: 'riskChecklist.summary.heading',
        desc: 'Risk self-check: heading above the live summary of the ticked statements.',
      }),
      level,
      1,
      { part: 'summary-heading' },
    )}
    <div class="status" part="summary-status" role="status" aria-live="polite" aria-atomic="true">
      ${
        sentences && highest
          ? html`<p class="count">${sentences.count}</p>
              <p class="severity-line">${severityIcon(highest)}<span>${sentences.severity}</span></p>`
          : html`<p class="none">
              ${msg('You have not ticked anything. An empty list does not mean kratom is safe for you.', {
                id: 'riskChecklist.summary.none',
                desc: 'Risk self-check summary when nothing is ticked. Must never read as "kratom is safe"; keep the second sentence.',
              })}
            </p>`
      }
    </div>
    <p class="limits" part="limits">
      ${msg('This list is not complete and does not replace a doctor, nurse or pharmacist.', {
        id: 'riskChecklist.summary.limits',
        desc: 'Risk self-check: always-visible sentence under the summary. Keep both parts.',
      })}
    </p>
  </div>`;
}
