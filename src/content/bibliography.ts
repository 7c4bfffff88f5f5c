/**
 * The evidence bibliography as a public export: entries by id, the ids a set of claims uses,
 * and CSL-JSON (the interchange format of Zotero, Pandoc and most citation tools).
 */
import { EVIDENCE_SOURCES } from './sources.js';
import type { Source } from './types.js';

import { entriesOf } from './source-entries.js';

export { restsOnNewsReports, sourceIdsOf } from './source-entries.js';

/** Every evidence source, in id order. */
export function bibliography(): Source[] {
  return Object.values(EVIDENCE_SOURCES).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** Resolves source ids to entries (unknown ids are skipped). */
export function resolveSources(ids: readonly string[]): Source[] {
  return entriesOf(EVIDENCE_SOURCES, ids);
}

const CSL_TYPE: Record<Source['kind'], string> = {
  regulator: 'report',
  'peer-reviewed': 'article-journal',
  review: 'article-journal',
  'case-report': 'article-journal',
  survey: 'article-journal',
  // CSL 1.0.2 has no preprint type; 'article' is what Zotero uses for preprints.
  preprint: 'article',
  news: 'article-newspaper',
  secondary: 'webpage',
  'legal-primary': 'legislation',
  'legal-mirror': 'legislation',
  advocacy: 'webpage',
  vendor: 'webpage',
  forum: 'post',
};

/** CSL-JSON items for the given sources (default: the whole evidence bibliography). */
export function toCslJson(sources: readonly Source[] = bibliography()): Record<string, unknown>[] {
  return sources.map((s) => ({
    id: s.id,
    type: CSL_TYPE[s.kind],
    title: s.title,
    'container-title': s.venue || undefined,
    author: s.authors ? [{ literal: s.authors }] : undefined,
    issued: s.year === null ? undefined : { 'date-parts': [[s.year]] },
    accessed: s.accessed ? { 'date-parts': [s.accessed.split('-').map(Number)] } : undefined,
    URL: s.url,
    DOI: s.doi && !s.doi.startsWith('PMID') ? s.doi : undefined,
    note: s.secondaryNote,
  }));
}
