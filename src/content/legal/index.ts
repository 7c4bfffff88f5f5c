/**
 * Lazy access to legal data. The data is its own chunk, fetched only when first needed.
 */
export type LegalData = typeof import('./data.js');

let promise: Promise<LegalData> | undefined;
let loaded: LegalData | undefined;

/** Loads the legal data chunk once; later calls share the same promise. */
export function loadLegalData(): Promise<LegalData> {
  promise ??= import('./data.js').then(
    (data) => (loaded = data),
    (error: unknown) => {
      promise = undefined;
      throw error;
    },
  );
  return promise;
}

/**
 * The legal data if it has already loaded (in the browser, or preloaded on a server with
 * `await loadLegalData()` before server-side rendering), else `undefined`.
 */
export function peekLegalData(): LegalData | undefined {
  return loaded;
}

export * from './legal-text.js';
