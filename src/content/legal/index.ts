/**
 * The legal data API of `kratom-widgets/content`: every export of ./place-loader.ts (one place at a
 * time: `loadLegalPlace`, `preloadLegalPlaces`, `peekLegalPlace` …) plus `loadLegalData()`, which
 * loads every place at once for hosts that list them all. Either way, what has loaded is then
 * readable synchronously (`peekLegalPlace`, `legalLookup`), which is what server-side rendering needs
 * after `await preloadLegalPlaces([...])` (records and sources) or `await loadLegalData()`.
 *
 * The legal badge imports ./place-loader.ts only, never this module, so its bundles hold no reference to
 * the modules with every place (see there).
 */
import { registerAllPlaces } from './place-loader.js';
import { afterServerPreloads } from '../server-preloads.js';

export {
  PLACE_CODES,
  joinPlace,
  sevenOhRule,
  bestTier,
  legalSourceTier,
  sortByTier,
  isCoveredPlace,
  parentCodes,
  loadLegalPlaceRecords,
  hasLegalPlaceRecords,
  legalPlaceRecord,
  loadLegalPlaceSources,
  hasLegalPlaceSources,
  loadLegalPlace,
  peekLegalPlace,
  preloadLegalPlaces,
  fetchedLegalPlaces,
  fetchedLegalSources,
  legalLookup,
  type LegalPlaceRecord,
  type LegalPlaceSources,
  type SevenOhAnswer,
  type SevenOhBasis,
  type PlaceView,
  type LegalLookup,
} from './place-loader.js';

/** Every export of the full legal data module (`loadLegalData()`). */
export type LegalData = typeof import('./data.js');

let promise: Promise<LegalData> | undefined;
let loaded: LegalData | undefined;

/**
 * Loads every place at once (the data module and every place chunk), for hosts that list every
 * place; later calls share the same promise. Afterwards every place also reads synchronously
 * through `peekLegalPlace` and badges need no further fetch.
 */
export function loadLegalData(): Promise<LegalData> {
  promise ??= afterServerPreloads(Promise.all([import('./data.js'), import('./places/all.js')])).then(
    ([data, { ALL_RECORDS, ALL_SOURCES }]) => {
      registerAllPlaces(ALL_RECORDS, ALL_SOURCES);
      return (loaded = data);
    },
    (error: unknown) => {
      promise = undefined;
      throw error;
    },
  );
  return promise;
}

/**
 * The full legal data if it has already loaded (in the browser, or preloaded on a server with
 * `await loadLegalData()` before server-side rendering), else `undefined`.
 */
export function peekLegalData(): LegalData | undefined {
  return loaded;
}
