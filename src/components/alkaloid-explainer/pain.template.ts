/**
 * "What the evidence says about pain and inflammation": the evidence on the popular claims, and a
 * disclosure with each popular claim checked against it.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { CORRECTIONS, PAIN_EVIDENCE } from '../../content/corrections.js';
import { levelHeading, type ClaimTemplate } from './blocks.template.js';

/** The popular claims with their corrections (the body of the disclosure). */
function corrections(claim: ClaimTemplate): TemplateResult {
  return html`<ul class="corrections">
    ${CORRECTIONS.map(
      (c) =>
        html`<li class="correction" part="correction" data-correction=${c.id}>
          <p class="popular">
            <span class="popular-label"
              >${msg('People say:', {
                id: 'alkaloidExplainer.corrections.popularLabel',
                desc: 'Label before a popular claim quoted as something people say (not our view). Short.',
              })}</span
            >
            <q>${c.popular()}</q>
          </p>
          <p class="answer-label">
            ${msg('What the evidence says:', {
              id: 'alkaloidExplainer.corrections.answerLabel',
              desc: 'Label before the evidence-based answer to a popular claim. Short.',
            })}
          </p>
          ${claim(c.correction, 'correction-answer')}
          <ul class="points">
            ${c.points.map((p) => html`<li>${claim(p)}</li>`)}
          </ul>
        </li>`,
    )}
  </ul>`;
}

/**
 * The section. `level` is the element's top heading level; `disclosure` renders the corrections
 * disclosure with its label and lazily built body.
 */
export function pain(
  level: number,
  claim: ClaimTemplate,
  disclosure: (label: string, body: () => TemplateResult) => TemplateResult,
): TemplateResult {
  return html`<div class="pain block" part="pain">
    ${levelHeading(
      msg('What the evidence says about pain and inflammation', {
        id: 'alkaloidExplainer.pain.heading',
        desc: 'Heading of the section that answers popular claims about kratom, pain and inflammation honestly.',
      }),
      level,
    )}
    <ul class="claims">
      ${PAIN_EVIDENCE.map((c) => html`<li>${claim(c)}</li>`)}
    </ul>
    ${disclosure(
      msg('Popular claims, checked', {
        id: 'alkaloidExplainer.corrections.toggle',
        desc: 'Button that shows popular claims about kratom with what the evidence says instead. Short.',
      }),
      () => corrections(claim),
    )}
  </div>`;
}
