/**
 * The lazy chunk of full bibliography entries (./source-entries.ts imports it on demand). It
 * re-exports through bibliography.ts too, so the bundler keeps the entries and the bibliography
 * functions in one chunk. No widget imports them statically: the explainer and the diagram, which
 * show sources at first render, have their own tables (./widget-sources/).
 */
export { EVIDENCE_SOURCES } from './sources.js';
export { bibliography } from './bibliography.js';
