/** Registers every kratom element. Import this (or the CDN bundle) to use them all. */
import './define/kratom-legal-badge.js';

export * from './index.js';
