/** The identity row of the detail panel: formula, molar mass, PubChem id, their sources, and the structure figure. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Alkaloid } from '../../content/types.js';
import { formulaParts } from './share.js';
import { molarMassText, pubchemText } from './alkaloid-explainer.messages.js';
import { citations } from './blocks.template.js';

/** A chemical formula with real subscripts, always left to right. */
function formula(value: string): TemplateResult {
  return html`<span class="formula ltr" part="formula" dir="ltr" translate="no"
    >${formulaParts(value).map(([el, n]) => html`${el}${n ? html`<sub>${n}</sub>` : nothing}`)}</span
  >`;
}

/** The identity facts of `a`, followed by its structure `figure`. */
export function identity(a: Alkaloid, figure: TemplateResult): TemplateResult {
  return html`<div class="identity-row">
    <div class="identity" part="identity">
      <dl class="facts">
        <div>
          <dt>
            ${msg('Formula', { id: 'alkaloidExplainer.identity.formula', desc: 'Label for the chemical formula. Short.' })}
          </dt>
          <dd>${formula(a.formula)}</dd>
        </div>
        <div>
          <dt>
            ${msg('Molar mass', {
              id: 'alkaloidExplainer.identity.molarMass',
              desc: 'Label for the molar mass (weight of one mole, in g/mol). Short.',
            })}
          </dt>
          <dd part="molar-mass">${molarMassText(a.molarMass)}</dd>
        </div>
        ${
          a.pubchemCid !== null
            ? html`<div>
                <dt>
                  ${msg('PubChem record', {
                    id: 'alkaloidExplainer.identity.pubchem',
                    desc: 'Label for the PubChem compound id (CID). "PubChem" is a database name; keep it.',
                  })}
                </dt>
                <dd>
                  <span class="ltr" dir="ltr" translate="no">${pubchemText(a.pubchemCid)}</span>
                </dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        a.identityVerified
          ? nothing
          : html`<p class="note" part="identity-note">
              ${msg('Formula and molar mass are not confirmed in a primary database.', {
                id: 'alkaloidExplainer.identity.unverified',
                desc: 'Caveat when the formula and molar mass were not checked in a primary chemical database (such as PubChem). Keep "not confirmed".',
              })}
            </p>`
      }
      ${citations(a.identitySources)}
    </div>
    ${figure}
  </div>`;
}
