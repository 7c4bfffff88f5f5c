/** The step-through bar below the diagram: Previous, the step counter, Next. */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../shared/format.js';

/** A chevron pointing to the end side (mirrored by the styles for "Previous" and in RTL). */
function chevron(): TemplateResult {
  return html`<svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M9 6l6 6-6 6"></path>
  </svg>`;
}

/**
 * The Previous / "Step 3 of 19" / Next bar. The buttons stay focusable at either end
 * (`aria-disabled`, not `disabled`), so focus is not lost when the reader reaches the last step.
 */
export function renderControls(
  current: number,
  total: number,
  onPrevious: () => void,
  onNext: () => void,
): TemplateResult {
  const atStart = current === 0;
  const atEnd = current === total - 1;
  return html`<div class="controls" part="controls">
    <button
      class="nav previous"
      part="nav-button previous"
      type="button"
      aria-disabled=${atStart ? 'true' : 'false'}
      @click=${onPrevious}
    >
      ${chevron()}<span
        >${msg('Previous', {
          id: 'mechanismDiagram.nav.previous',
          desc: 'Button: go to the previous step of the diagram. Short.',
        })}</span
      >
    </button>
    <span class="counter" part="counter"
      >${msg(str`Step ${formatNumber(current + 1)} of ${formatNumber(total)}`, {
        id: 'mechanismDiagram.nav.counter',
        desc: 'Counter between the Previous and Next buttons. Placeholders: current step number, total steps.',
      })}</span
    >
    <button
      class="nav next"
      part="nav-button next"
      type="button"
      aria-disabled=${atEnd ? 'true' : 'false'}
      @click=${onNext}
    >
      <span
        >${msg('Next', {
          id: 'mechanismDiagram.nav.next',
          desc: 'Button: go to the next step of the diagram. Short.',
        })}</span
      >${chevron()}
    </button>
  </div>`;
}
