/**
 * What the legal badge shows for one entry, worked out from the data without rendering: the status
 * for the product (7-OH never inherited from leaf), the sources best tier first, confidence capped
 * by the best tier, and the notes the compact badge shows without opening (low confidence, a
 * pending change, the checked date, and "may have changed" once the entry is past its review date
 * or its temporary order is past its end date).
 */
import { shownStatus, type ShownStatus } from './legal-text.js';
import type {
  Jurisdiction,
  LegalRule,
  LegalSourceTier,
  LegalStatus,
  PartialDate,
  Source,
} from '../../content/types.js';
import { isPastReview, todayIso } from '../../shared/format.js';
import { sevenOhRule, type SevenOhBasis } from '../../content/legal/seven-oh.js';
import { bestTier, cappedConfidence, lowerConfidence, onlySeenVia, sortByTier } from '../../content/legal/tiers.js';

export type { SevenOhBasis };

/** The rule the badge shows for one product of an entry. */
export interface ShownRule {
  /** What the badge shows: a status, `no-law` or `not-verified`. */
  readonly shown: ShownStatus;
  /** The status in the data (`not-verified` for 7-OH where nothing says what applies). */
  readonly status: LegalStatus | 'not-verified';
  readonly rules: readonly LegalRule[];
  /** Where the answer comes from (always `explicit` for leaf products). */
  readonly basis: SevenOhBasis;
}

/** Why an entry flags itself as possibly changed. */
export type StaleReason = 'review' | 'end-date';

export interface EntryView extends ShownRule {
  /** Confidence shown: the entry's, capped at `low` when its best source is an interested party. */
  readonly confidence: Jurisdiction['confidence'];
  /** A change to the rules shown is pending. */
  readonly pending: boolean;
  /** Why the entry may have changed, or `undefined` when it is fresh. */
  readonly stale: StaleReason | undefined;
  /** The entry's sources, best tier first (data order within a tier). */
  readonly sources: readonly Source[];
  /** Every source was only seen cited by another document (`seenVia`), none opened first-hand. */
  readonly secondHandOnly: boolean;
  /** The US federal rule for the same product, shown next to a US state's own rules. */
  readonly federal: ShownRule | undefined;
}

/** The rule shown for `product`: leaf from the entry, 7-OH from `sevenOhRule` (never from leaf). */
export function shownRule(entry: Jurisdiction, product: 'leaf' | '7-oh', federal?: Jurisdiction): ShownRule {
  if (product === 'leaf') {
    return {
      shown: shownStatus(entry.status, entry.rules),
      status: entry.status,
      rules: entry.rules,
      basis: 'explicit',
    };
  }
  const rule = sevenOhRule(entry, federal);
  return { shown: shownStatus(rule.status, rule.rules), status: rule.status, rules: rule.rules, basis: rule.basis };
}

/** `true` once today is after `date` at the precision given (`2027-08` ends with August 2027). */
export function isPastPartialDate(date: PartialDate): boolean {
  return todayIso().slice(0, date.length) > date;
}

/**
 * What the place's record says about its own sources (`LegalPlaceRecord`), so the closed badge shows
 * its confidence before the sources load.
 */
export interface SourceSummary {
  readonly bestTier?: LegalSourceTier;
  readonly secondHandOnly?: boolean;
}

/**
 * `sources`: the entry's sources as loaded (empty until they load); `summary`: the record's summary of
 * them, used for confidence and "second hand" when given (else worked out from `sources`).
 */
export function entryView(
  entry: Jurisdiction,
  product: 'leaf' | '7-oh',
  sources: readonly Source[],
  federal?: Jurisdiction,
  summary?: SourceSummary,
): EntryView {
  const tier = summary ? summary.bestTier : bestTier(sources);
  const rule = shownRule(entry, product, federal);
  const isState = entry.code.startsWith('US-') && federal !== undefined;
  const federalRule = isState ? shownRule(federal, product) : undefined;
  const onFederal = rule.basis === 'federal-layer' && federal !== undefined;
  const ownConfidence = cappedConfidence(entry.confidence, tier);
  const stale: StaleReason | undefined =
    entry.temporary && entry.endDate && isPastPartialDate(entry.endDate)
      ? 'end-date'
      : isPastReview(entry.nextReview) || (onFederal && isPastReview(federal.nextReview))
        ? 'review'
        : undefined;
  return {
    ...rule,
    // An answer taken from the federal layer is no surer than the federal entry it rests on.
    confidence: onFederal ? lowerConfidence(ownConfidence, federal.confidence) : ownConfidence,
    pending: rule.rules.includes('pending-change'),
    stale,
    sources: sortByTier(sources),
    secondHandOnly: summary?.secondHandOnly ?? onlySeenVia(sources),
    federal: federalRule,
  };
}
