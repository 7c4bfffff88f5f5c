/**
 * Tiers of legal sources (issue #22): a reader sees the best tier first, and a place whose best
 * source is an interested party (advocacy, vendor, forum) shows at most low confidence. A source the
 * research only saw cited in another document (`seenVia`) counts one tier lower.
 */
import type { Jurisdiction, LegalSourceTier, Source, SourceKind } from '../types.js';
import { LEGAL_SOURCE_TIERS } from '../types.js';

const TIER_OF_KIND: Readonly<Record<SourceKind, LegalSourceTier>> = {
  'legal-primary': 'primary',
  regulator: 'primary',
  'legal-mirror': 'official-mirror',
  news: 'news',
  secondary: 'secondary',
  'peer-reviewed': 'secondary',
  review: 'secondary',
  'case-report': 'secondary',
  survey: 'secondary',
  preprint: 'secondary',
  advocacy: 'interested',
  vendor: 'interested',
  forum: 'interested',
};

/** Rank of a tier: 0 = best (primary). */
export function tierRank(tier: LegalSourceTier): number {
  return LEGAL_SOURCE_TIERS.indexOf(tier);
}

/** The tier of one legal source: by its kind, one tier lower when only seen cited (`seenVia`). */
export function legalSourceTier(source: Source): LegalSourceTier {
  const rank = tierRank(TIER_OF_KIND[source.kind]);
  const lowered = source.seenVia ? Math.min(rank + 1, LEGAL_SOURCE_TIERS.length - 1) : rank;
  return LEGAL_SOURCE_TIERS[lowered]!;
}

/** The best tier among `sources`, or `undefined` when there are none. */
export function bestTier(sources: readonly Source[]): LegalSourceTier | undefined {
  let best: number | undefined;
  for (const source of sources) {
    const rank = tierRank(legalSourceTier(source));
    if (best === undefined || rank < best) best = rank;
  }
  return best === undefined ? undefined : LEGAL_SOURCE_TIERS[best];
}

/** `sources` ordered best tier first (stable within a tier). */
export function sortByTier(sources: readonly Source[]): Source[] {
  return sources
    .map((source, index) => ({ source, index, rank: tierRank(legalSourceTier(source)) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.source);
}

/** `true` when every source was only seen cited elsewhere (the reader is told they were not checked first-hand). */
export function onlySeenVia(sources: readonly Source[]): boolean {
  return sources.length > 0 && sources.every((source) => Boolean(source.seenVia));
}

/** The highest confidence a place may show given its sources: `low` when the best tier is `interested`. */
export function maxConfidence(sources: readonly Source[]): Jurisdiction['confidence'] {
  const tier = bestTier(sources);
  return tier === undefined || tier === 'interested' ? 'low' : 'high';
}

const CONFIDENCE_RANK = { low: 0, medium: 1, high: 2 } as const;

/** The less sure of two confidences. */
export function lowerConfidence(
  a: Jurisdiction['confidence'],
  b: Jurisdiction['confidence'],
): Jurisdiction['confidence'] {
  return CONFIDENCE_RANK[a] <= CONFIDENCE_RANK[b] ? a : b;
}

/** The confidence a place shows: its own, but never above low when its best source is `interested`. */
export function cappedConfidence(
  confidence: Jurisdiction['confidence'],
  tier: LegalSourceTier | undefined,
): Jurisdiction['confidence'] {
  return tier === 'interested' ? 'low' : confidence;
}
