/**
 * Lazy access to legal data. The data is its own chunk, fetched only when first needed.
 */
export type LegalData = typeof import('./data.js');

let promise: Promise<LegalData> | undefined;

/** Loads the legal data chunk once; later calls share the same promise. */
export function loadLegalData(): Promise<LegalData> {
  promise ??= import('./data.js').catch((error: unknown) => {
    promise = undefined;
    throw error;
  });
  return promise;
}

export * from './legal-text.js';
