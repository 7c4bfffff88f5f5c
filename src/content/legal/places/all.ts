/**
 * Every place with its sources, in data order (the full legal data module, ../data.ts, and the
 * legal research checks read it). The records and the sources are gathered in all-records.ts and
 * all-sources.ts, which `npm run legal:update` writes.
 */
import type { LegalPlace } from '../../types.js';
import { joinPlace } from '../place-record.js';
import { ALL_RECORDS } from './all-records.js';
import { ALL_SOURCES } from './all-sources.js';

export { ALL_RECORDS, ALL_SOURCES };

/** Every place with its sources, in data order. */
export const ALL_PLACES: readonly LegalPlace[] = Object.entries(ALL_RECORDS).map(([code, record]) =>
  joinPlace(record, ALL_SOURCES[code]),
);
