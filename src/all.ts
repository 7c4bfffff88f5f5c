/** Registers every kratom element. Import this (or the CDN bundle) to use them all. */
import './define/kratom-legal-badge.js';
import './define/kratom-risk-checklist.js';
import './define/kratom-alkaloid-explainer.js';
import './define/kratom-mechanism-diagram.js';

export * from './index.js';
