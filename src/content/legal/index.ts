/**
 * Lazy access to legal data, one place at a time. Each place is its own small chunk
 * (`places/<code>.ts`); a badge loads only its place and that place's parents (the US federal layer
 * for a US state, the EU entry for an EU member state) with `loadLegalPlace(code)`. Hosts that list
 * every place load everything at once with `loadLegalData()`. Either way, what has loaded is then
 * readable synchronously (`peekLegalPlace`, `legalLookup`), which is what server-side rendering needs
 * after `await preloadLegalPlaces([...])` or `await loadLegalData()`.
 *
 * Place names (`placeName`) and the list of covered codes (`PLACE_CODES`) need no data chunk.
 */
import type { Jurisdiction, LegalPlace, Source, UnsourcedJurisdiction } from '../types.js';
import { PLACE_CODES, PLACE_LOADERS } from './places/index.js';
import { placeName } from './place-name.js';

/** Every export of the full legal data module (`loadLegalData()`). */
export type LegalData = typeof import('./data.js');

export { PLACE_CODES };
export { placeName, countryName } from './place-name.js';
export { sevenOhRule, type SevenOhAnswer, type SevenOhBasis } from './seven-oh.js';
export { bestTier, legalSourceTier, sortByTier } from './tiers.js';

/** The 27 member states of the European Union (ISO 3166-1 alpha-2). */
const EU_MEMBERS: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);

/** One place's data as loaded, with the parents it is read with. */
export interface PlaceView {
  /** Upper-case code, e.g. `US-AL`. */
  readonly code: string;
  /** `false` when the code is not one of `PLACE_CODES` (nothing was loaded; the place is not covered). */
  readonly covered: boolean;
  /** The sourced entry, when the place has one. */
  readonly jurisdiction?: Jurisdiction;
  /** The entry without sources ("not verified"), when the place has one. */
  readonly unsourced?: UnsourcedJurisdiction;
  /** Every source the place cites, by id. */
  readonly sources: Readonly<Record<string, Source>>;
  /** The parents loaded with it: `US` for a US state, `EU` for an EU member state. */
  readonly parents: readonly PlaceView[];
}

/**
 * What a view reads from the places loaded so far. The full data module (`LegalData`) has the same
 * shape, so a view works with either.
 */
export interface LegalLookup {
  findJurisdiction(code: string): Jurisdiction | undefined;
  findUnsourced(code: string): UnsourcedJurisdiction | undefined;
  legalSources(ids: readonly string[]): Source[];
  /** Sources of every loaded place, by id. */
  readonly LEGAL_SOURCES: Readonly<Record<string, Source>>;
  /** Every covered code, loaded or not, in data order. */
  readonly COVERED_CODES: readonly string[];
  placeName(code: string): string;
}

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

const normalize = (code: string): string => code.trim().toUpperCase();

/** `true` when `code` (upper case) has legal data. */
export function isCoveredPlace(code: string): boolean {
  return hasOwn(PLACE_LOADERS, code);
}

/** The places a place is read with: `US` for a US state, `EU` for an EU member state (when covered). */
export function parentCodes(code: string): readonly string[] {
  const upper = normalize(code);
  if (upper.startsWith('US-')) return isCoveredPlace('US') ? ['US'] : [];
  if (EU_MEMBERS.has(upper)) return isCoveredPlace('EU') ? ['EU'] : [];
  return [];
}

const places = new Map<string, LegalPlace>();
const sourcesById = new Map<string, Source>();
const inFlight = new Map<string, Promise<void>>();
/** Code of every place module fetched through `loadLegalPlace`, in order (tests, diagnostics). */
const fetched: string[] = [];
let lookup: LegalLookup | undefined;

function register(code: string, place: LegalPlace): void {
  if (places.get(code) === place) return;
  places.set(code, place);
  for (const [id, source] of Object.entries(place.sources)) sourcesById.set(id, source);
  lookup = undefined;
}

function loadOne(code: string): Promise<void> {
  if (places.has(code) || !isCoveredPlace(code)) return Promise.resolve();
  let pending = inFlight.get(code);
  if (!pending) {
    fetched.push(code);
    pending = PLACE_LOADERS[code]!().then(
      (module) => {
        inFlight.delete(code);
        register(code, module.default);
      },
      (error: unknown) => {
        inFlight.delete(code);
        throw error;
      },
    );
    inFlight.set(code, pending);
  }
  return pending;
}

function view(code: string, withParents: boolean): PlaceView | undefined {
  if (!isCoveredPlace(code)) return { code, covered: false, sources: {}, parents: [] };
  const place = places.get(code);
  if (!place) return undefined;
  const parents: PlaceView[] = [];
  if (withParents) {
    for (const parent of parentCodes(code)) {
      const loaded = view(parent, false);
      if (!loaded) return undefined;
      parents.push(loaded);
    }
  }
  return {
    code,
    covered: true,
    ...(place.jurisdiction ? { jurisdiction: place.jurisdiction } : {}),
    ...(place.unsourced ? { unsourced: place.unsourced } : {}),
    sources: place.sources,
    parents,
  };
}

/**
 * Loads one place's data chunk and its parents' (`parentCodes`), once; later calls share it. A code
 * that is not covered resolves at once with `covered: false` and fetches nothing. Codes are
 * case-insensitive.
 */
export async function loadLegalPlace(code: string): Promise<PlaceView> {
  const upper = normalize(code);
  await Promise.all([upper, ...parentCodes(upper)].map(loadOne));
  return view(upper, true)!;
}

/**
 * The place's data if it and its parents have already loaded (`loadLegalPlace`,
 * `preloadLegalPlaces` or `loadLegalData`), else `undefined`. A code that is not covered returns
 * `covered: false` at once.
 */
export function peekLegalPlace(code: string): PlaceView | undefined {
  return view(normalize(code), true);
}

/**
 * Loads the given places (and their parents) before server-side rendering: afterwards, badges for
 * them render synchronously. `await preloadLegalPlaces(['US-AL', 'TH'])`.
 */
export async function preloadLegalPlaces(codes: Iterable<string>): Promise<void> {
  await Promise.all([...codes].map((code) => loadLegalPlace(code)));
}

/** Codes of the place modules this page has fetched one by one, in order (for tests and diagnostics). */
export function fetchedLegalPlaces(): readonly string[] {
  return [...fetched];
}

/** Reads every place loaded so far; a new object after each load, so views can tell that data changed. */
export function legalLookup(): LegalLookup {
  if (lookup) return lookup;
  let all: Readonly<Record<string, Source>> | undefined;
  lookup = {
    findJurisdiction: (code) => places.get(code)?.jurisdiction,
    findUnsourced: (code) => places.get(code)?.unsourced,
    legalSources: (ids) => ids.map((id) => sourcesById.get(id)).filter((s): s is Source => Boolean(s)),
    get LEGAL_SOURCES() {
      return (all ??= Object.fromEntries(sourcesById));
    },
    COVERED_CODES: PLACE_CODES,
    placeName,
  };
  return lookup;
}

let promise: Promise<LegalData> | undefined;
let loaded: LegalData | undefined;

/**
 * Loads every place at once (the data module and every place chunk), for hosts that list every
 * place; later calls share the same promise. Afterwards every place also reads synchronously
 * through `peekLegalPlace` and badges need no further fetch.
 */
export function loadLegalData(): Promise<LegalData> {
  promise ??= Promise.all([import('./data.js'), import('./places/all.js')]).then(
    ([data, { ALL_PLACES }]) => {
      for (const place of ALL_PLACES) {
        const code = place.jurisdiction?.code ?? place.unsourced?.code;
        if (code) register(code, place);
      }
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

export * from './legal-text.js';
