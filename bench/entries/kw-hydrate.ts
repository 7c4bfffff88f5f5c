// Bench entry for server-rendered pages, as docs/ssr.md prescribes: Lit's hydration support
// first, then preload the legal data and the bibliography entries, then register the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { loadLegalData } from '../../src/content/legal/index.js';
import { loadSourceEntries } from '../../src/content/source-entries.js';

await Promise.all([loadLegalData(), loadSourceEntries()]);
await import('../../src/all.js');
