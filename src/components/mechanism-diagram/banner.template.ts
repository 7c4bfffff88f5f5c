/** The banner at the top of the diagram: a mechanism is not proof, and how far the evidence reaches. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { severityIcon } from '../../shared/icons.js';
import { HUMAN_LEVELS } from '../../content/evidence-levels.js';
import { humanStepsText } from './mechanism-diagram.messages.js';
import type { OrderedStep } from './step-order.js';

/** "How it may work is not proof…", with how few of the steps shown have evidence from people. */
export function renderBanner(steps: readonly OrderedStep[]): TemplateResult {
  const total = steps.length;
  const human = steps.filter((o) => HUMAN_LEVELS.has(o.step.claim.level)).length;
  const count = humanStepsText(human, total);
  return html`<div class="banner" part="banner" role="note">
    ${severityIcon('prompt', 'banner-icon')}
    <p>
      <strong
        >${msg('How it may work is not proof that it helps or is safe.', {
          id: 'mechanismDiagram.banner.notProof',
          desc: 'Banner at the top of the mechanism diagram. A mechanism is the weakest kind of evidence that something helps. Keep "not proof"; do not soften.',
        })}</strong
      >
      ${count ? html`<span class="banner-count">${count}</span>` : nothing}
      ${
        steps.some((o) => o.step.claim.level === 'human-controlled')
          ? html`<span class="banner-trial"
              >${msg(
                'The only trial in people had 26 healthy men who used kratom daily, given one dose in a lab pain test.',
                {
                  id: 'mechanismDiagram.banner.trialLimits',
                  desc: 'Banner line naming the limits of the one controlled trial in people behind the diagram (26 healthy long-term users, one dose, a lab pain test, not patients). Keep the number 26 and every limit.',
                },
              )}</span
            >`
          : nothing
      }
    </p>
  </div>`;
}
