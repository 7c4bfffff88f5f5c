/**
 * The end of <kratom-risk-checklist>: the print and clear buttons, the evidence-label legend and the
 * review footer.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { evidenceLegend } from '../../shared/evidence-chip.js';
import { reviewFooter } from '../../shared/review-footer.js';
import { REVIEWS } from '../../content/review.js';
import type { EvidenceLevel } from '../../content/types.js';

/** The buttons (with their click handlers), the legend of the evidence `levels` shown, the review footer. */
export function actions(levels: readonly EvidenceLevel[], onPrint: () => void, onClear: () => void): TemplateResult {
  return html`<div class="actions" part="actions">
      <button type="button" class="print-button" part="print-button" @click=${onPrint}>
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M7 9V3h10v6M7 17H5a2 2 0 0 1-2-2v-4a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-2"></path>
          <rect x="7" y="14" width="10" height="7"></rect>
        </svg>
        <span
          >${msg('Print or save for your doctor', {
            id: 'riskChecklist.action.print',
            desc: 'Button that opens the print dialog for a one-page summary to show a doctor, nurse or pharmacist (printing or saving as PDF).',
          })}</span
        >
      </button>
      <button type="button" class="clear-button" part="clear-button" @click=${onClear}>
        ${msg('Clear answers', {
          id: 'riskChecklist.action.clear',
          desc: 'Button that unticks every statement.',
        })}
      </button>
    </div>
    <details class="legend-disclosure">
      <summary>
        ${msg('What the evidence labels mean', {
          id: 'riskChecklist.legend.summary',
          desc: 'Disclosure that explains the evidence-level labels shown with each statement.',
        })}
      </summary>
      ${evidenceLegend(levels)}
    </details>
    ${reviewFooter(REVIEWS.risks)}`;
}
