/**
 * Lazy access to legal data, one place at a time (what the legal badge imports). Each place is two
 * small chunks: its record (`places/<code>.ts`: everything the closed badge shows) and its sources
 * (`places/<code>.sources.ts`: the full source list, shown in the details). A closed badge loads only
 * the records of its place and that place's parents (the US federal layer for a US state, the EU entry
 * for an EU member state) with `loadLegalPlaceRecords(code)`, and their sources later
 * (`loadLegalPlaceSources(code)`: when the details open, and on idle). `loadLegalPlace(code)` loads
 * both, for hosts. What has loaded is then readable synchronously (`peekLegalPlace`, `legalLookup`),
 * which is what server-side rendering needs after `await preloadLegalPlaces([...])`.
 *
 * Many places asked for at once (from `batchFrom` codes in one task: a state-by-state table) load as
 * one chunk instead, places/all-records.ts (or all-sources.ts), which shipped builds write as one
 * self-contained JSON module (scripts/json-data.mjs), so no bundler shares a place's module between
 * it and the place's own chunk. Every place with the full data module (`loadLegalData()`) is in
 * ./index.ts, not here.
 *
 * The list of covered codes (`PLACE_CODES`) needs no data chunk. Place names and the reader-facing legal
 * words are the badge's (src/components/legal-badge/place-name.ts, legal-text.ts): this layer holds data only.
 */
import type { Jurisdiction, Source, UnsourcedJurisdiction } from '../types.js';
import { PLACE_LOADERS, SOURCE_LOADERS } from './places/index.js';
import type { LegalPlaceRecord, LegalPlaceSources } from './place-record.js';
import { afterServerPreloads } from '../server-preloads.js';

/**
 * Every covered code, in data order: the keys of the loader table (places/index.ts writes both in the
 * same order), so a bundle carries the 112 codes once, not twice.
 */
export const PLACE_CODES: readonly string[] = Object.keys(PLACE_LOADERS);
export { joinPlace, type LegalPlaceRecord, type LegalPlaceSources } from './place-record.js';
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

const records = new Map<string, LegalPlaceRecord>();
/** Sources of each place whose sources chunk has loaded (a place without sources counts as loaded). */
const placeSources = new Map<string, LegalPlaceSources>();
const sourcesById = new Map<string, Source>();
/** Code of every place record fetched, in order (tests, diagnostics). */
const fetched: string[] = [];
/** Code of every place's sources fetched, in order (tests, diagnostics). */
const fetchedSources: string[] = [];
let lookup: LegalLookup | undefined;

const NO_SOURCES: LegalPlaceSources = Object.freeze({});

function registerRecord(code: string, record: LegalPlaceRecord): void {
  if (records.get(code) === record) return;
  records.set(code, record);
  lookup = undefined;
}

/** Throws before it registers anything when `sources` is not an object, so that the place stays not loaded. */
function registerSources(code: string, sources: LegalPlaceSources): void {
  if (placeSources.get(code) === sources) return;
  const entries = Object.entries(sources);
  placeSources.set(code, sources);
  for (const [id, source] of entries) sourcesById.set(id, source);
  lookup = undefined;
}

/**
 * One kind of per-place chunk (records or sources) with its batch: the codes asked for until the
 * batch is sent. Few codes load one chunk each; from `batchFrom` codes on, the one chunk with every
 * place of that kind (places/all-records.ts or all-sources.ts) loads instead, which is fewer bytes
 * then and one request instead of dozens (a state-by-state table, a list page with a badge per row).
 */
interface ChunkKind<T> {
  readonly loaders: Readonly<Record<string, () => Promise<{ default: T }>>>;
  readonly all: () => Promise<Readonly<Record<string, T>>>;
  /**
   * From this many codes in one batch, the chunk with every place is smaller than one chunk per
   * place (gzip -9 of the cdn/ files, 2026-12-07: every record 8.8 KiB against 0.42 KiB for one on
   * average; every place's sources 29.7 KiB against 0.65 KiB; docs/performance.md).
   */
  readonly batchFrom: number;
  /** What has loaded, by code. */
  readonly loaded: ReadonlyMap<string, T>;
  readonly register: (code: string, value: T) => void;
  readonly log: string[];
  readonly queued: Map<string, { resolve: () => void; reject: (error: unknown) => void }>;
  readonly inFlight: Map<string, Promise<void>>;
  /** When the queued batch is to be sent: at the end of this task, or when the browser is idle. */
  scheduled?: 'now' | 'idle';
}

/**
 * Queues `code` and schedules its batch: `now` at the end of this task (every badge one `define()`
 * upgrades asks in the same task), `idle` when the browser is next idle (within 2 s), with every code
 * asked for meanwhile. A code asked for now that waits for idle is sent now.
 */
function load<T>(kind: ChunkKind<T>, code: string, when: 'now' | 'idle'): Promise<void> {
  if (kind.loaded.has(code) || !hasOwn(kind.loaders, code)) return Promise.resolve();
  let pending = kind.inFlight.get(code);
  if (!pending) {
    pending = new Promise<void>((resolve, reject) => kind.queued.set(code, { resolve, reject }));
    kind.inFlight.set(code, pending);
  }
  if (kind.queued.has(code) && kind.scheduled !== 'now' && (when === 'now' || !kind.scheduled)) {
    kind.scheduled = when;
    const sendNow = (): void => send(kind);
    if (when === 'now') queueMicrotask(sendNow);
    else if (typeof requestIdleCallback === 'function') requestIdleCallback(sendNow, { timeout: 2000 });
    else setTimeout(sendNow, 200);
  }
  return pending;
}

function send<T>(kind: ChunkKind<T>): void {
  const batch = new Map(kind.queued);
  kind.queued.clear();
  kind.scheduled = undefined;
  if (batch.size === 0) return;
  // A code's promise resolves once its data is registered, else rejects (a failed fetch, or data that
  // could not be registered), so that a later request tries again.
  const ok = (code: string): void => {
    kind.inFlight.delete(code);
    batch.get(code)!.resolve();
  };
  const fail = (code: string, error: unknown): void => {
    kind.inFlight.delete(code);
    batch.get(code)!.reject(error);
  };
  const one = (code: string): void => {
    kind.log.push(code);
    kind.loaders[code]!()
      .then((module) => kind.register(code, module.default))
      .then(
        () => ok(code),
        (error: unknown) => fail(code, error),
      );
  };
  if (batch.size < kind.batchFrom) return batch.forEach((_, code) => one(code));
  kind.log.push('*');
  kind
    .all()
    .then((all) => {
      for (const [code, value] of Object.entries(all)) if (!kind.loaded.has(code)) kind.register(code, value);
    })
    .then(
      // A code the gathering chunk lacks (it and the loader table out of step) loads on its own.
      () => batch.forEach((_, code) => (kind.loaded.has(code) ? ok(code) : one(code))),
      (error: unknown) => batch.forEach((_, code) => fail(code, error)),
    );
}

/**
 * How the chunks with every place are fetched (replaced by tests that make one lack a place, or
 * carry data that cannot be registered).
 * @internal
 */
export const gatheringChunks = {
  records: (): Promise<Readonly<Record<string, LegalPlaceRecord>>> =>
    import('./places/all-records.js').then((m) => m.ALL_RECORDS),
  sources: (): Promise<Readonly<Record<string, LegalPlaceSources>>> =>
    import('./places/all-sources.js').then((m) => m.ALL_SOURCES),
};

const RECORDS: ChunkKind<LegalPlaceRecord> = {
  loaders: PLACE_LOADERS,
  all: () => gatheringChunks.records(),
  batchFrom: 20,
  loaded: records,
  register: registerRecord,
  log: fetched,
  queued: new Map(),
  inFlight: new Map(),
};

const SOURCES: ChunkKind<LegalPlaceSources> = {
  loaders: SOURCE_LOADERS,
  all: () => gatheringChunks.sources(),
  batchFrom: 45,
  loaded: placeSources,
  register: registerSources,
  log: fetchedSources,
  queued: new Map(),
  inFlight: new Map(),
};

function loadRecord(code: string): Promise<void> {
  return load(RECORDS, code, 'now');
}

function loadSources(code: string, when: 'now' | 'idle' = 'now'): Promise<void> {
  if (!placeSources.has(code) && isCoveredPlace(code) && !hasOwn(SOURCE_LOADERS, code)) {
    registerSources(code, NO_SOURCES);
    return Promise.resolve();
  }
  return load(SOURCES, code, when);
}

function view(code: string, withParents: boolean): PlaceView | undefined {
  if (!isCoveredPlace(code)) return { code, covered: false, sources: {}, parents: [] };
  const record = records.get(code);
  const sources = placeSources.get(code);
  if (!record || !sources) return undefined;
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
    ...(record.jurisdiction ? { jurisdiction: record.jurisdiction } : {}),
    ...(record.unsourced ? { unsourced: record.unsourced } : {}),
    sources,
    parents,
  };
}

const withParents = (code: string): string[] => [code, ...parentCodes(code)];

/**
 * Loads the records of a place and its parents (`parentCodes`): everything the closed badge shows,
 * without the sources. Once; later calls share it. Codes are case-insensitive; a code that is not
 * covered fetches nothing.
 */
export async function loadLegalPlaceRecords(code: string): Promise<void> {
  await Promise.all(withParents(normalize(code)).map(loadRecord));
}

/** `true` when the records of the place and its parents have loaded (or the code is not covered). */
export function hasLegalPlaceRecords(code: string): boolean {
  const upper = normalize(code);
  return !isCoveredPlace(upper) || withParents(upper).every((c) => records.has(c));
}

/** The record of one loaded place (not its parents), else `undefined`. */
export function legalPlaceRecord(code: string): LegalPlaceRecord | undefined {
  return records.get(normalize(code));
}

/**
 * Loads the sources of a place and its parents (what the details list). Once; later calls share it.
 * `whenIdle`: when the browser is next idle (within 2 s), together with every place asked for
 * meanwhile (a badge's sources after its first view, so that printing finds them).
 */
export async function loadLegalPlaceSources(code: string, { whenIdle = false } = {}): Promise<void> {
  await Promise.all(withParents(normalize(code)).map((c) => loadSources(c, whenIdle ? 'idle' : 'now')));
}

/** `true` when the sources of the place and its parents have loaded (or the code is not covered). */
export function hasLegalPlaceSources(code: string): boolean {
  const upper = normalize(code);
  return !isCoveredPlace(upper) || withParents(upper).every((c) => placeSources.has(c));
}

/**
 * Loads one place's data, record and sources, and its parents' (`parentCodes`), once; later calls
 * share it. A code that is not covered resolves at once with `covered: false` and fetches nothing.
 * Codes are case-insensitive.
 */
export async function loadLegalPlace(code: string): Promise<PlaceView> {
  const upper = normalize(code);
  await Promise.all(withParents(upper).flatMap((c) => [loadRecord(c), loadSources(c)]));
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
 * Loads the given places (and their parents), records and sources, before server-side rendering:
 * afterwards, badges for them render synchronously and completely, details included.
 * `await preloadLegalPlaces(['US-AL', 'TH'])`.
 */
export async function preloadLegalPlaces(codes: Iterable<string>): Promise<void> {
  await afterServerPreloads(Promise.all([...codes].map((code) => loadLegalPlace(code))));
}

/**
 * Codes of the place records this page has fetched one by one, in order, and `*` for each fetch of
 * the chunk with every record (for tests and diagnostics).
 */
export function fetchedLegalPlaces(): readonly string[] {
  return [...fetched];
}

/**
 * Codes of the places whose sources this page has fetched one by one, in order, and `*` for each fetch
 * of the chunk with every place's sources (tests, diagnostics).
 */
export function fetchedLegalSources(): readonly string[] {
  return [...fetchedSources];
}

/** Reads every place loaded so far; a new object after each load, so views can tell that data changed. */
export function legalLookup(): LegalLookup {
  if (lookup) return lookup;
  let all: Readonly<Record<string, Source>> | undefined;
  lookup = {
    findJurisdiction: (code) => records.get(code)?.jurisdiction,
    findUnsourced: (code) => records.get(code)?.unsourced,
    legalSources: (ids) => ids.map((id) => sourcesById.get(id)).filter((s): s is Source => Boolean(s)),
    get LEGAL_SOURCES() {
      return (all ??= Object.fromEntries(sourcesById));
    },
    COVERED_CODES: PLACE_CODES,
  };
  return lookup;
}

/**
 * Registers every place at once (`loadLegalData()` in ./index.ts, after the data module loaded).
 * @internal
 */
export function registerAllPlaces(
  allRecords: Readonly<Record<string, LegalPlaceRecord>>,
  allSources: Readonly<Record<string, LegalPlaceSources>>,
): void {
  for (const [code, record] of Object.entries(allRecords)) {
    registerRecord(code, record);
    registerSources(code, allSources[code] ?? NO_SOURCES);
  }
}
