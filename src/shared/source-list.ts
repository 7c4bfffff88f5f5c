/**
 * Renders bibliography entries as links that open in a new tab, safely
 * (`rel="noopener noreferrer"`), with the new-tab behaviour announced.
 */
import { html, css, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Source } from '../content/types.js';
import { externalIcon } from './icons.js';
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

export function sourceEntry(source: Source): TemplateResult {
  const href = safeUrl(source.url);
  const authors = source.authors.trim();
  const label = authors ? `${authors}${/[.!?]$/.test(authors) ? '' : '.'} ${source.title}` : source.title;
  const meta = [source.venue, source.year === null ? '' : String(source.year)].filter(Boolean).join(', ');
  const title = href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer" part="source-link"
        >${label}${externalIcon()}<span class="visually-hidden">
          ${msg('(opens in a new tab)', {
            id: 'shared.sources.newTab',
            desc: 'Screen-reader text after a source link that opens in a new browser tab.',
          })}</span
        ></a
      >`
    : html`<span>${label}</span>`;
  return html`<li part="source" data-source-id=${source.id}>
    ${title}${meta ? html` <span class="source-meta">(${meta})</span>` : nothing}
    ${
      source.secondaryNote
        ? html`<span class="source-note"
            >${msg('Read via a secondary copy.', {
              id: 'shared.sources.secondary',
              desc: 'Note after a source that the researchers could read only as a mirror, abstract or news summary.',
            })}</span
          >`
        : nothing
    }
  </li>`;
}

/** An ordered list of sources. */
export function sourceList(sources: readonly Source[]): TemplateResult {
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
`;
