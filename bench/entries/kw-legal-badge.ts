// Bench entry for the peer comparison: only <kratom-legal-badge> (what a page with badges loads).
import '../../src/define/kratom-legal-badge.js';
export { loadLegalData } from '../../src/content/legal/index.js';
