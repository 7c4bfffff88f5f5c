/**
 * A list of sources whose full entries load when the list is first shown (issue #25): the entries
 * (src/content/source-entries.ts) are a lazy chunk of about 15 KiB gzip, so a widget's first render
 * carries only the short citations of the sources its content cites (its generated table in
 * src/content/widget-sources/, passed as `citations`). `lazySourceList(ids)` is for a list that
 * renders because the reader opened it (a ticked item, a disclosure, the printed summary of ticked
 * items): it loads the entries at once. `lazySourceList(ids, false)` is for a list that sits closed
 * in the DOM (a native `<details>`): it waits until the reader opens it (`onSourcesToggle`).
 *
 * While they load, the list's place holds a "Loading sources…" status that shows only if the wait
 * lasts (styles in source-list.ts: hidden for its first 0.4 s, so a fast load never flashes it). If
 * they cannot load, the list shows the sources' short citations and the page gets one console
 * warning. The element that rendered the list renders again when the entries arrive.
 */
import { html, isServer, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, type Part } from 'lit/directive.js';
import { msg } from '@lit/localize';
import { formatCitation, knownSourceIds, loadedSources, loadSourceEntries } from '../content/source-entries.js';
import type { SourceCitation } from '../content/types.js';
import { sourceList } from './source-list.js';

/** Elements with a list waiting for the entries; each renders again when they arrive (or fail). */
const waiting = new Set<ReactiveElement>();
let failed = false;

function flush(): void {
  const hosts = [...waiting];
  waiting.clear();
  for (const host of hosts) host.requestUpdate();
}

/**
 * Loads the full entries now (no-op on the server, once they have loaded, and after a failed load:
 * the lists then show short citations); `host`, and every element waiting, renders again then.
 */
export function requestSourceEntries(host?: ReactiveElement): void {
  if (isServer || failed || loadedSources([])) return;
  if (host) waiting.add(host);
  loadSourceEntries().then(flush, (error: unknown) => {
    if (!failed)
      console.warn(`kratom-widgets: could not load the list of sources (${String(error)}); showing short citations.`);
    failed = true;
    flush();
  });
}

/** `toggle` listener of a native `<details>` holding `lazySourceList(ids, false)`: opening it loads the entries. */
export function onSourcesToggle(event: Event): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (details.open) requestSourceEntries((details.getRootNode() as ShadowRoot).host as ReactiveElement);
}

function loadingStatus(): TemplateResult {
  return html`<p class="source-list-loading" part="sources-loading" role="status">
    ${msg('Loading sources…', {
      id: 'shared.sources.loading',
      desc: 'Shown in place of a list of sources for the moment it takes to load the full references (title, authors, journal). Short.',
    })}
  </p>`;
}

/** Short citation parts by source id: the generated table of the widget's sources (./widget-sources/). */
export type SourceCitations = Readonly<Record<string, SourceCitation>>;

/** The fallback when the entries cannot load: the short citation of each source ("Tanna 2023b"); exported for tests. */
export function shortCitationList(ids: readonly string[], citations: SourceCitations): TemplateResult {
  return html`<ol class="source-list" part="sources">
    ${knownSourceIds(ids, citations).map((id) => {
      const e = citations[id]!;
      return html`<li part="source" data-source-id=${id}>
        ${formatCitation({ name: e.name, year: e.year, suffix: e.suffix ?? '' })}
      </li>`;
    })}
  </ol>`;
}

/**
 * Asks for the entries and remembers the element that rendered the list, so it renders again when
 * they arrive. A directive only for that: the list itself is built when the template is created, so
 * its words follow the locale of that moment (a summary rendered in another language through
 * `renderInLocale` must not get the page language's "opens in a new tab").
 */
class SourcesLoader extends Directive {
  override update(part: Part): typeof nothing {
    const host = part.options?.host;
    requestSourceEntries(host && 'requestUpdate' in host ? (host as ReactiveElement) : undefined);
    return nothing;
  }

  render(): typeof nothing {
    return nothing;
  }
}
const sourcesLoader = directive(SourcesLoader);

/**
 * The list of the sources `ids` (ids not in `citations`, the widget's generated table, are skipped).
 * `loadNow` (default `true`) loads the entries if they have not loaded; `false` leaves that to
 * `requestSourceEntries(element)` (a closed `<details>`).
 */
export function lazySourceList(ids: readonly string[], citations: SourceCitations, loadNow = true): TemplateResult {
  const sources = loadedSources(knownSourceIds(ids, citations));
  if (sources) return sourceList(sources);
  const list = failed ? shortCitationList(ids, citations) : loadingStatus();
  return loadNow && !failed ? html`${sourcesLoader()}${list}` : list;
}
