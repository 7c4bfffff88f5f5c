/** Registers `<kratom-legal-badge>` (guarded: safe to load twice). This module's only job is that side effect. */
import { KratomLegalBadge } from '../components/legal-badge/legal-badge.js';

KratomLegalBadge.define('kratom-legal-badge');

export { KratomLegalBadge };

declare global {
  interface HTMLElementTagNameMap {
    'kratom-legal-badge': KratomLegalBadge;
  }
}
