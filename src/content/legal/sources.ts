/**
 * The legal bibliography: every source of every place (./places/*.ts), by id. A URL cited by several
 * places is repeated in each place's file; ids are `legal-<code>-<n>`.
 */
import type { Source } from '../types.js';
import { ALL_PLACES } from './places/all.js';

export const LEGAL_SOURCES: Readonly<Record<string, Source>> = Object.fromEntries(
  ALL_PLACES.flatMap((place) => Object.entries(place.sources)),
);
