/**
 * The lazy chunk of full bibliography entries (./source-entries.ts imports it on demand). It
 * re-exports through bibliography.ts too, so the bundler keeps the entries and the bibliography
 * functions in one chunk for the widgets that import them statically (the explainer's short links
 * and the diagram's always-visible step sources need the entries at first render).
 */
export { EVIDENCE_SOURCES } from './sources.js';
export { bibliography } from './bibliography.js';
