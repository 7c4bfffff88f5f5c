/**
 * The evidence bibliography as the widgets use it (issue #25). What a closed widget needs of a
 * source ships with it: its kind and its short citation (./source-index.ts, generated from
 * ./sources.ts). The full entries (authors, title, venue, year, URL, DOI, notes: about 15 KiB gzip)
 * are their own chunk, loaded with `loadSourceEntries()` when a list of sources is first shown (the
 * checklist prints only the sources of ticked statements, and ticking loads them, so a synchronous
 * `beforeprint` finds them). Widgets that show entries at first render (explainer, diagram) import
 * their own generated table statically (./widget-sources/: only the sources their content cites,
 * resolved with `entriesOf`). `kratom-widgets/content` keeps its synchronous `bibliography()` and
 * `EVIDENCE_SOURCES`.
 */
import { SOURCE_INDEX } from './source-index.js';
import type { Claim, Source, SourceIndexEntry, SourceKind } from './types.js';

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

/** The index entry of a source id (kind and short citation parts), or `undefined` when unknown. */
export function sourceIndexEntry(id: string): SourceIndexEntry | undefined {
  return SOURCE_INDEX[id];
}

/** The known source ids of `ids`, each once, in first-use order (unknown ids are skipped). */
export function knownSourceIds(ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of ids) if (SOURCE_INDEX[id] && !out.includes(id)) out.push(id);
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

/** Source kinds that are reports ABOUT a statement (news, summaries, mirrors), not the statement. */
const REPORT_KINDS: ReadonlySet<SourceKind> = new Set(['news', 'secondary']);

/**
 * `true` when a health-authority claim rests only on news or secondary copies (no source of the
 * authority itself is cited): its chip then says "reported in the news".
 */
export function restsOnNewsReports(claim: Pick<Claim, 'level' | 'sources'>): boolean {
  if (claim.level !== 'regulator') return false;
  const kinds = knownSourceIds(claim.sources).map((id) => SOURCE_INDEX[id]!.kind);
  return kinds.length > 0 && kinds.every((k) => REPORT_KINDS.has(k));
}

/**
 * Loads the full entries (once; a failed load may be tried again). Servers that render the widgets
 * call it before rendering, and pages that hydrate server-rendered widgets before they hydrate, so
 * every list of sources renders complete (docs/ssr.md).
 */
export function loadSourceEntries(): Promise<Entries> {
  if (entries) return Promise.resolve(entries);
  loading ??= import('./source-entries-chunk.js').then(
    (m) => (entries = m.EVIDENCE_SOURCES),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The full entries of the known `ids` (each once, in order), or `undefined` until they have loaded. */
export function loadedSources(ids: readonly string[]): Source[] | undefined {
  const all = entries;
  return all ? knownSourceIds(ids).flatMap((id) => (all[id] ? [all[id]] : [])) : undefined;
}
