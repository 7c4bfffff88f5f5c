/**
 * The decorative frame every icon is drawn in. Its own module, so the severity and evidence icons
 * (icons.ts) and the legal status icons (status-icons.ts) share it without one bundling the other.
 */
import { html, type TemplateResult } from 'lit';

/** The decorative icon frame around a shape (`aria-hidden`: the word beside it carries the meaning). */
export function iconFrame(content: TemplateResult, part = 'icon'): TemplateResult {
  return html`<svg class="icon" part=${part} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${content}</svg>`;
}
