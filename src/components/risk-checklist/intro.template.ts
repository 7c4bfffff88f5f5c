/**
 * The top of <kratom-risk-checklist>: its heading, what the self-check is (not a diagnosis) and the
 * privacy sentence.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { translationNotice } from '../../shared/translation-notice.js';
import { checklistHeading } from './risk-checklist.helpers.js';

/** The intro at the element's heading `level`. */
export function intro(level: number): TemplateResult {
  return html`<div class="screen">
    ${checklistHeading(
      msg('Kratom risks: what applies to you?', {
        id: 'riskChecklist.heading',
        desc: 'Main heading of the risk self-check. Must not suggest kratom is safe or approved.',
      }),
      level,
      0,
      { id: 'main-heading' },
    )}
    <p class="intro" part="intro">
      ${msg(
        'Tick each statement that is true for you to see why it matters and what to do. This is not a diagnosis, and it cannot tell you that kratom is safe for you.',
        {
          id: 'riskChecklist.intro',
          desc: 'Risk self-check: introduction under the heading. Keep "not a diagnosis" and that it cannot say kratom is safe.',
        },
      )}
    </p>
    <p class="privacy" part="privacy">
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="5" y="11" width="14" height="10" rx="2"></rect>
        <path d="M8 11V7.5a4 4 0 0 1 8 0V11"></path>
      </svg>
      <span
        >${msg('Your answers stay on this page: nothing is saved or sent.', {
          id: 'riskChecklist.privacy',
          desc: 'Risk self-check: one sentence telling the reader their ticks are not stored or sent anywhere.',
        })}</span
      >
    </p>
    ${translationNotice()}
  </div>`;
}
