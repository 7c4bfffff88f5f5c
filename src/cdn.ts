/**
 * Entry of the self-contained CDN bundle `cdn/kratom-widgets.js`: Lit and @lit/localize inlined,
 * every element registered, locales and legal data as lazy chunks beside it.
 */
export * from './all.js';
