// Node (SSR) entry: registers every element in @lit-labs/ssr's DOM shim.
import '../../src/all.js';
export { loadLegalData } from '../../src/content/legal/index.js';
export { loadSourceEntries } from '../../src/content/source-entries.js';
