/**
 * Small template pieces every part of the explainer uses: alkaloid names, headings at the
 * element's heading level, and the short source links after a statement.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { heading, headingLevel } from '../../shared/heading.js';
import { safeUrl } from '../../shared/source-list.js';
import { entriesOf } from '../../content/source-entries.js';
import { EXPLAINER_SOURCES } from '../../content/widget-sources/explainer.js';
import type { Alkaloid, Claim } from '../../content/types.js';
import { sourceShortName } from './alkaloid-explainer.messages.js';

/** An alkaloid's international name, isolated left to right (it is never translated). */
export function nameOf(a: Alkaloid): TemplateResult {
  return html`<span class="ltr" dir="ltr" translate="no">${a.name}</span>`;
}

/**
 * A heading `offset` levels below the element's top level `base` (already validated). The
 * `h0`/`h1` class sizes it; every heading has the `heading` part.
 */
export function levelHeading(text: unknown, base: number, offset = 0, id?: string): TemplateResult {
  return heading(text, headingLevel(base, offset), { id, part: 'heading', className: `heading h${offset}` });
}

/** Links to the given sources, or `nothing` when none resolve. */
export function citations(ids: readonly string[]): TemplateResult | typeof nothing {
  const sources = entriesOf(EXPLAINER_SOURCES, ids);
  if (sources.length === 0) return nothing;
  return html`<span class="cites" part="claim-sources"
    ><span class="cites-label"
      >${msg('Sources:', {
        id: 'alkaloidExplainer.cite.label',
        desc: 'Label before the short source links that follow a statement (e.g. "Sources: Kruegel 2016"). Short.',
      })}</span
    >
    <ul class="cites-list">
      ${sources.map((s) => {
        const href = safeUrl(s.url);
        const name = sourceShortName(s);
        const title = s.title;
        const hidden = msg(str`: ${title} (opens in a new tab)`, {
          id: 'alkaloidExplainer.cite.linkDetail',
          desc: 'Screen-reader text read after a short source link such as "Kruegel 2016". Placeholder: the source title (not translated). Keep the leading colon or use local punctuation.',
        });
        // One template per item (not an item holding a link template): citations repeat often.
        return href
          ? html`<li>
              <a href=${href} target="_blank" rel="noopener noreferrer" part="source-link" data-source-id=${s.id}
                >${name}<span class="visually-hidden">${hidden}</span></a
              >
            </li>`
          : html`<li>
              <span data-source-id=${s.id}>${name}</span>
            </li>`;
      })}
    </ul></span
  >`;
}

/**
 * Renders a statement with its caveat, evidence chip and sources (the element's `claimBlock`).
 * `chip: false` for a "no data found" statement: it reports an absence, so it has no evidence level.
 */
export type ClaimTemplate = (claim: Claim, extraClass?: string, chip?: boolean) => TemplateResult;
