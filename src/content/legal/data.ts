/**
 * The legal data chunk. Loaded lazily (only when a legal badge is on the page) through
 * `loadLegalData()` in ./index.ts.
 */
import type { Jurisdiction, Source, UnsourcedJurisdiction } from '../types.js';
import { JURISDICTIONS, UNSOURCED_JURISDICTIONS } from './jurisdictions.js';
import { LEGAL_SOURCES } from './sources.js';
import { SUBDIVISION_CODES } from './place-names.js';

export { JURISDICTIONS, UNSOURCED_JURISDICTIONS, LEGAL_SOURCES, SUBDIVISION_CODES };
export { ALL_PLACES } from './places/all.js';
export { sevenOhRule, type SevenOhAnswer, type SevenOhBasis } from './seven-oh.js';
export { legalSourceTier, bestTier, sortByTier, onlySeenVia, maxConfidence } from './tiers.js';

const byCode = new Map<string, Jurisdiction>(JURISDICTIONS.map((j) => [j.code, j]));
const unsourcedByCode = new Map<string, UnsourcedJurisdiction>(UNSOURCED_JURISDICTIONS.map((j) => [j.code, j]));

export function findJurisdiction(code: string): Jurisdiction | undefined {
  return byCode.get(code);
}

export function findUnsourced(code: string): UnsourcedJurisdiction | undefined {
  return unsourcedByCode.get(code);
}

/** Every code covered (sourced or not), in data order. */
export const COVERED_CODES: readonly string[] = [
  ...JURISDICTIONS.map((j) => j.code),
  ...UNSOURCED_JURISDICTIONS.map((j) => j.code),
];

export function legalSources(ids: readonly string[]): Source[] {
  return ids.map((id) => LEGAL_SOURCES[id]).filter((s): s is Source => Boolean(s));
}
