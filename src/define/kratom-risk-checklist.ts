/** Registers `<kratom-risk-checklist>` (guarded: safe to load twice). This module's only job is that side effect. */
import { KratomRiskChecklist } from '../components/risk-checklist/risk-checklist.js';

KratomRiskChecklist.define('kratom-risk-checklist');

export { KratomRiskChecklist };

declare global {
  interface HTMLElementTagNameMap {
    'kratom-risk-checklist': KratomRiskChecklist;
  }
}
