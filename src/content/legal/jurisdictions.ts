/**
 * Kratom legal status per place, as lists, built from the per-place files in ./places/ (one file per
 * place, written by `npm run legal:update`; see docs/legal-editing.md). Places with at least one source
 * are in JURISDICTIONS, places the research found no source for in UNSOURCED_JURISDICTIONS (their status
 * is only a research guess and is never rendered as a status); both in data order.
 */
import type { Jurisdiction, UnsourcedJurisdiction } from '../types.js';
import { ALL_PLACES } from './places/all.js';

export const JURISDICTIONS: readonly Jurisdiction[] = ALL_PLACES.flatMap((place) =>
  place.jurisdiction ? [place.jurisdiction] : [],
);

export const UNSOURCED_JURISDICTIONS: readonly UnsourcedJurisdiction[] = ALL_PLACES.flatMap((place) =>
  place.unsourced ? [place.unsourced] : [],
);
