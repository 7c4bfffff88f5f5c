// Bench entry for server-rendered pages, as docs/ssr.md prescribes: Lit's hydration support
// first, then preload the legal data, then register the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { loadLegalData } from '../../src/content/legal/index.js';

await loadLegalData();
await import('../../src/all.js');
