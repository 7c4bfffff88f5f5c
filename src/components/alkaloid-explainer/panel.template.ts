/**
 * The detail panel of the selected alkaloid (the tab panel): its role, and in the full variant its
 * identity and structure, share of the leaf's alkaloids, what it acts on and the key caveat.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { entriesOf } from '../../content/source-entries.js';
import { EXPLAINER_SOURCES } from '../../content/widget-sources/explainer.js';
import type { Alkaloid, ReceptorEffect } from '../../content/types.js';
import { actionLabel, receptorLabel } from './labels.js';
import { shareNote, shareValue } from './share.js';
import { citations, levelHeading, nameOf, type ClaimTemplate } from './blocks.template.js';
import { identity } from './identity.template.js';

export interface PanelInput {
  alkaloid: Alkaloid;
  /** The element's top heading level (validated). */
  level: number;
  /** Only the role (the compact variant). */
  compact: boolean;
  claim: ClaimTemplate;
  /** The structure figure (full variant only). */
  figure: () => TemplateResult;
}

function share(a: Alkaloid, level: number): TemplateResult {
  const share = a.share;
  const note = shareNote(share);
  const sources = entriesOf(EXPLAINER_SOURCES, share.sources);
  return html`<div class="share block" part="share">
    ${levelHeading(
      msg('Share of the alkaloids in the leaf', {
        id: 'alkaloidExplainer.share.heading',
        desc: 'Heading: how much of the total alkaloids in kratom leaf this alkaloid makes up.',
      }),
      level,
      1,
    )}
    <p class="share-value" part="share-value" data-kind=${share.kind}>${shareValue(share)}</p>
    ${note ? html`<p class="note" part="share-note">${note}</p>` : nothing}
    <p class="share-basis">${share.basis()}</p>
    ${
      sources.length
        ? citations(share.sources)
        : html`<p class="note">
            ${msg('No source in our bibliography supports a figure.', {
              id: 'alkaloidExplainer.share.noSource',
              desc: 'Shown when the only share figures come from vendor or blog pages that are not in the bibliography.',
            })}
          </p>`
    }
  </div>`;
}

function receptor(effect: ReceptorEffect, claim: ClaimTemplate): TemplateResult {
  return html`<li class="receptor" part="receptor" data-receptor=${effect.receptor} data-action=${effect.action}>
    <div class="receptor-head">
      <strong class="receptor-name">${receptorLabel(effect.receptor)}</strong>
      <span class="receptor-action" part="receptor-action">${actionLabel(effect.action)}</span>
    </div>
    ${claim(effect.claim, '', effect.action !== 'no-data')}
  </li>`;
}

/** The tab panel (see the module comment). */
export function panel({ alkaloid: a, level, compact, claim, figure }: PanelInput): TemplateResult {
  const role = html`<div class="role" part="role">${claim(a.role)}</div>`;
  if (compact) {
    return html`<div id="panel" class="panel" role="tabpanel" part="panel" aria-labelledby="tab-${a.id}" tabindex="0">
      ${role}
    </div>`;
  }
  return html`<div id="panel" class="panel" role="tabpanel" part="panel" aria-labelledby="tab-${a.id}" tabindex="0">
    ${levelHeading(nameOf(a), level, 0, 'panel-heading')} ${role} ${identity(a, figure())} ${share(a, level)}
    <div class="block">
      ${levelHeading(
        msg('What it acts on', {
          id: 'alkaloidExplainer.receptors.heading',
          desc: 'Heading above the receptors and liver enzymes this alkaloid acts on.',
        }),
        level,
        1,
      )}
      <ul class="receptors" part="receptors">
        ${a.receptors.map((r) => receptor(r, claim))}
      </ul>
    </div>
    <div class="caveat block" part="caveat">
      ${levelHeading(
        msg('Keep in mind', {
          id: 'alkaloidExplainer.caveat.heading',
          desc: 'Heading above the key caveat for this alkaloid. Short, calm.',
        }),
        level,
        1,
      )}
      ${claim(a.caveat)}
    </div>
  </div>`;
}
