/**
 * The evidence bibliography as the widgets use it (issue #25). A widget carries only what it shows
 * of the sources its content cites, from tables generated from ./sources.ts (./widget-sources/):
 * the explainer and the diagram, which show entries at first render, their `ShownSource` fields
 * (resolved with `entriesOf`) and the explainer its short citation labels; the checklist the short
 * citation parts of its sources. Every evidence chip reads ./report-sources.ts (which sources are
 * news or secondary copies). The full entries (authors, title, venue, year, URL, DOI, notes: about
 * 15 KiB gzip) are their own chunk, loaded with `loadSourceEntries()` when a checklist list of
 * sources is first shown (the checklist prints only the sources of ticked statements, and ticking
 * loads them, so a synchronous `beforeprint` finds them). `kratom-widgets/content` keeps its
 * synchronous `bibliography()` and `EVIDENCE_SOURCES`.
 */
import { REPORT_SOURCES } from './report-sources.js';
import { afterServerPreloads } from './server-preloads.js';
import type { Claim, Source } from './types.js';

/** The parts of a short citation: name, year (or `null` when undated) and a disambiguating letter. */
export interface CitationParts {
  /** First author's surname or the organisation's short name. */
  readonly name: string;
  /** Publication year, or `null` for an undated page. */
  readonly year: number | null;
  /** `''`, or the letter that tells this entry apart from others with the same name and year. */
  readonly suffix: string;
}

/** Shown in place of the year for an undated source (APA: "no date"). */
export const NO_DATE = 'n.d.';

/** Puts parts together in English: "Tanna 2023a", "NIDA n.d.", "NIDA n.d.-a". */
export function formatCitation(parts: CitationParts): string {
  if (parts.year === null) return `${parts.name} ${NO_DATE}${parts.suffix ? `-${parts.suffix}` : ''}`;
  return `${parts.name} ${parts.year}${parts.suffix}`;
}

type Entries = Readonly<Record<string, Source>>;

let entries: Entries | undefined;
let loading: Promise<Entries> | undefined;

/** The ids of `ids` that `table` knows, each once, in first-use order (others are skipped). */
export function knownSourceIds(ids: readonly string[], table: Readonly<Record<string, unknown>>): string[] {
  const out: string[] = [];
  for (const id of ids) if (table[id] && !out.includes(id)) out.push(id);
  return out;
}

/** The entries of `table` for `ids`, each once, in first-use order (ids not in the table are skipped). */
export function entriesOf<T>(table: Readonly<Record<string, T>>, ids: readonly string[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const id of ids) {
    const entry = table[id];
    if (entry && !seen.has(id)) {
      seen.add(id);
      out.push(entry);
    }
  }
  return out;
}

/** The distinct source ids of a set of claims, in first-use order. */
export function sourceIdsOf(claims: readonly (Claim | undefined)[]): string[] {
  const ids: string[] = [];
  for (const c of claims) for (const id of c?.sources ?? []) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/**
 * `true` when a health-authority claim rests only on news or secondary copies (no source of the
 * authority itself is cited): its chip then says "reported in the news". The content check rejects
 * a claim that cites an unknown id, so every id is a bibliography entry.
 */
export function restsOnNewsReports(claim: Pick<Claim, 'level' | 'sources'>): boolean {
  return claim.level === 'regulator' && claim.sources.length > 0 && claim.sources.every((id) => REPORT_SOURCES.has(id));
}

/**
 * Loads the full entries (once; a failed load may be tried again). Servers that render the widgets
 * call it before rendering, and pages that hydrate server-rendered widgets before they hydrate, so
 * every list of sources renders complete (docs/ssr.md).
 */
export function loadSourceEntries(): Promise<Entries> {
  if (entries) return afterServerPreloads(Promise.resolve(entries));
  loading ??= import('./source-entries-chunk.js').then(
    (m) => (entries = m.EVIDENCE_SOURCES),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return afterServerPreloads(loading);
}

/** The full entries of the known `ids` (each once, in order), or `undefined` until they have loaded. */
export function loadedSources(ids: readonly string[]): Source[] | undefined {
  return entries && entriesOf(entries, ids);
}
