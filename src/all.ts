/** Registers every kratom element. Import this (or the CDN bundle) to use them all. */
import './define/kratom-legal-badge.js';
import './define/kratom-risk-checklist.js';
import './define/kratom-alkaloid-explainer.js';

export * from './index.js';
