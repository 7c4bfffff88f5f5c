/** Registers `<kratom-alkaloid-explainer>` (guarded: safe to load twice). This module's only job is that side effect. */
import { KratomAlkaloidExplainer } from '../components/alkaloid-explainer/alkaloid-explainer.js';

KratomAlkaloidExplainer.define('kratom-alkaloid-explainer');

export { KratomAlkaloidExplainer };

declare global {
  interface HTMLElementTagNameMap {
    'kratom-alkaloid-explainer': KratomAlkaloidExplainer;
  }
}
