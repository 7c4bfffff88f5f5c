// Bench entry: every element registered (like the CDN bundle) + the API the harness drives.
export * from '../../src/all.js';
export { loadLegalData } from '../../src/content/legal/index.js';
export { placeName } from '../../src/components/legal-badge/place-name.js';
