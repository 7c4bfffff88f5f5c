/** Registers `<kratom-mechanism-diagram>` (guarded: safe to load twice). This module's only job is that side effect. */
import { KratomMechanismDiagram } from '../components/mechanism-diagram/mechanism-diagram.js';

KratomMechanismDiagram.define('kratom-mechanism-diagram');

export { KratomMechanismDiagram };

declare global {
  interface HTMLElementTagNameMap {
    'kratom-mechanism-diagram': KratomMechanismDiagram;
  }
}
