// Peer: the equivalent badge + disclosure built with Shoelace 2 (sl-badge + sl-details),
// cherry-picked component modules as Shoelace documents for bundlers.
import '@shoelace-style/shoelace/dist/components/badge/badge.js';
import '@shoelace-style/shoelace/dist/components/details/details.js';
