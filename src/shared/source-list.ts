/**
 * Renders bibliography entries as links that open in a new tab, safely
 * (`rel="noopener noreferrer"`), with the new-tab behaviour announced.
 */
import { html, css, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ShownSource, Source } from '../content/types.js';
import { formatNumber } from './format.js';

/** Only http(s) URLs become links; anything else renders as plain text. */
export function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One entry of a list of sources. A linked entry is one template with its "opens in a new tab"
 * icon drawn in place: entries are the most repeated piece of the widgets (about 70 on a page with
 * all four), so every template instance saved here counts.
 */
export function sourceEntry(source: Source | ShownSource): TemplateResult {
  const href = safeUrl(source.url);
  const authors = source.authors.trim();
  const label = authors ? `${authors}${/[.!?]$/.test(authors) ? '' : '.'} ${source.title}` : source.title;
  const meta = [source.venue, source.year === null ? '' : String(source.year)].filter(Boolean).join(', ');
  const metaText = meta ? html` <span class="source-meta">(${meta})</span>` : nothing;
  const note = ('secondary' in source ? source.secondary : 'secondaryNote' in source && source.secondaryNote)
    ? html`<span class="source-note"
        >${msg('Read via a secondary copy.', {
          id: 'shared.sources.secondary',
          desc: 'Note after a source that the researchers could read only as a mirror, abstract or news summary.',
        })}</span
      >`
    : nothing;
  if (!href) {
    return html`<li part="source" data-source-id=${source.id}><span>${label}</span>${metaText} ${note}</li>`;
  }
  return html`<li part="source" data-source-id=${source.id}>
    <a href=${href} target="_blank" rel="noopener noreferrer" part="source-link"
      >${label}<svg class="icon" part="external-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" /></svg
      ><span class="visually-hidden"> ${newTabLabel()}</span></a
    >${metaText} ${note}
  </li>`;
}

/** "(opens in a new tab)": screen-reader text after a link that opens in a new tab. */
export function newTabLabel(): string {
  return msg('(opens in a new tab)', {
    id: 'shared.sources.newTab',
    desc: 'Screen-reader text after a source link that opens in a new browser tab.',
  });
}

/** An ordered list of sources. */
export function sourceList(sources: readonly (Source | ShownSource)[]): TemplateResult {
  return html`<ol class="source-list" part="sources">
    ${sources.map(sourceEntry)}
  </ol>`;
}

/** A short "Sources: 3" disclosure label. */
export function sourcesSummaryLabel(count: number): string {
  return msg(str`Sources (${formatNumber(count)})`, {
    id: 'shared.sources.summary',
    desc: 'Label of the disclosure button that shows the list of sources; the placeholder is the number of sources.',
  });
}

export const sourceListStyles = css`
  .source-list {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: var(--_k-space-1);
    font-size: 0.9375em;
  }
  .source-list .icon {
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-start: 0.2em;
  }
  .source-meta,
  .source-note {
    color: var(--_k-color-text-muted);
  }
  .source-note {
    display: block;
    font-size: 0.9em;
  }
  /* "Loading sources…" (lazy-source-list.ts) appears only if the wait lasts: no flash on a fast load. */
  .source-list-loading {
    margin: 0;
    color: var(--_k-color-text-muted);
    animation: k-sources-wait 0s 0.4s both;
  }
  @keyframes k-sources-wait {
    from {
      visibility: hidden;
    }
  }
`;
