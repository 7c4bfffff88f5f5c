/**
 * The legal status icons: one shape per status, so meaning never depends on colour alone (see
 * icons.ts). Their own module, apart from the severity and evidence icons, and not imported by
 * icons.ts: only the legal badge draws them, so only its bundle holds them (the other elements'
 * pages never fetch these shapes).
 */
import { svg, type TemplateResult } from 'lit';
import type { LegalStatus } from '../content/types.js';
import { iconFrame } from './icon-frame.js';

/** Legal status plus the badge's own non-data states. */
export type StatusIconKind = LegalStatus | 'unverified' | 'unknown' | 'none';

/**
 * The shape inside each status icon. The legal badge draws its icon frame in its own template and
 * puts the shape in it, which saves a template instance per badge.
 */
export const STATUS_SHAPES: Record<StatusIconKind, TemplateResult> = {
  // Circle with a check mark.
  legal: svg`<circle cx="12" cy="12" r="9"/><path d="M8 12.5l2.5 2.5L16 9.5"/>`,
  // Rounded square (a "rules" sheet) with two lines.
  regulated: svg`<rect x="4" y="3" width="16" height="18" rx="2"/><path d="M8 9h8M8 13h8M8 17h5"/>`,
  // Triangle with exclamation mark.
  restricted: svg`<path d="M12 3.5L21.5 20h-19z"/><path d="M12 10v4.5M12 17.5v.01"/>`,
  // Circle with a bar (no entry).
  banned: svg`<circle cx="12" cy="12" r="9"/><path d="M7 12h10"/>`,
  // Dashed circle with a question mark.
  unclear: svg`<circle cx="12" cy="12" r="9" stroke-dasharray="3 2.6"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7M12 17v.01"/>`,
  // Diamond with a question mark: research found no source.
  unverified: svg`<path d="M12 2.5L21.5 12 12 21.5 2.5 12z"/><path d="M10 10a2 2 0 1 1 2.8 1.8c-.5.2-.8.6-.8 1.2v.5M12 16v.01"/>`,
  // Dashed square: no information for this code.
  unknown: svg`<rect x="4" y="4" width="16" height="16" rx="2" stroke-dasharray="3 2.6"/><path d="M9 12h6"/>`,
  // Map pin: choose a place.
  none: svg`<path d="M12 21s-6.5-6.1-6.5-11a6.5 6.5 0 0 1 13 0c0 4.9-6.5 11-6.5 11z"/><circle cx="12" cy="10" r="2.2"/>`,
};

export function statusIcon(kind: StatusIconKind, part = 'icon'): TemplateResult {
  return iconFrame(STATUS_SHAPES[kind], part);
}
