/**
 * The two files of one legal place (issue #22 item 6): `places/<code>.ts` holds the place's record,
 * which is all the closed badge needs (status, dates, rules, localities by name, and two facts worked
 * out from its sources when the data is written); `places/<code>.sources.ts` holds the full source
 * objects, which only the details show. A page with one closed badge fetches the records only.
 */
import type { Jurisdiction, LegalPlace, LegalSourceTier, Source, UnsourcedJurisdiction } from '../types.js';

/** One place's record (`places/<code>.ts`), written by `npm run legal:update`. */
export interface LegalPlaceRecord {
  /** The sourced entry, when the place has one. */
  readonly jurisdiction?: Jurisdiction;
  /** The entry without sources ("not verified"), when the place has one. */
  readonly unsourced?: UnsourcedJurisdiction;
  /** Best tier of the entry's own sources (`legalSourceTier`): caps the confidence the badge shows. */
  readonly bestTier?: LegalSourceTier;
  /** Every one of the entry's own sources was only seen cited (`seenVia`), none opened first-hand. */
  readonly secondHandOnly?: boolean;
}

/** One place's sources (`places/<code>.sources.ts`), by id. */
export type LegalPlaceSources = Readonly<Record<string, Source>>;

/** The `LegalPlace` a record and its sources make. */
export function joinPlace(record: LegalPlaceRecord, sources: LegalPlaceSources = {}): LegalPlace {
  return {
    ...(record.jurisdiction ? { jurisdiction: record.jurisdiction } : {}),
    ...(record.unsourced ? { unsourced: record.unsourced } : {}),
    sources,
  };
}
