/**
 * Icons drawn with Lit `svg` templates (no external files, no `unsafeSVG`). Each status and
 * evidence level has its own *shape*, so meaning never depends on colour alone. Icons are
 * decorative (`aria-hidden`): the word beside them carries the meaning.
 */
import { svg, html, type TemplateResult } from 'lit';
import type { EvidenceLevel, LegalStatus, Severity } from '../content/types.js';

/** Legal status plus the badge's own non-data states. */
export type StatusIconKind = LegalStatus | 'unverified' | 'unknown' | 'none';

function frame(content: TemplateResult, part = 'icon'): TemplateResult {
  return html`<svg class="icon" part=${part} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${content}</svg>`;
}

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
  return frame(STATUS_SHAPES[kind], part);
}

const SEVERITY_SHAPES: Record<Severity, TemplateResult> = {
  urgent: svg`<path d="M8.2 3h7.6L21 8.2v7.6L15.8 21H8.2L3 15.8V8.2z"/><path d="M12 7.5v5.5M12 16.5v.01"/>`,
  prompt: svg`<path d="M12 3.5L21.5 20h-19z"/><path d="M12 10v4.5M12 17.5v.01"/>`,
  'before-use': svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.01"/>`,
  caution: svg`<rect x="4" y="4" width="16" height="16" rx="3"/><path d="M12 8v5M12 16v.01"/>`,
};

export function severityIcon(severity: Severity, part = 'icon'): TemplateResult {
  return frame(SEVERITY_SHAPES[severity], part);
}

/**
 * The shape inside each evidence icon. The evidence chip and the diagram's boxes draw the icon
 * frame in their own templates and put the shape in it: one template instance per icon instead
 * of two, for the icon that appears most often (about 70 on a page with every widget).
 */
export const EVIDENCE_SHAPES: Record<EvidenceLevel, TemplateResult> = {
  // Petri dish.
  'in-vitro': svg`<ellipse cx="12" cy="13" rx="9" ry="5"/><path d="M3 13v1.5c0 2.8 4 5 9 5s9-2.2 9-5V13"/>`,
  // Mouse: body and ear.
  animal: svg`<path d="M4 16c0-4 3.5-7 8-7s7 3 7 6.5c0 .8-.6 1.5-1.5 1.5H4z"/><circle cx="16.5" cy="8" r="2.5"/><path d="M4 16c-1 0-1.5 1.5-.5 2.5"/>`,
  // One person.
  'human-case-reports': svg`<circle cx="12" cy="7.5" r="3.5"/><path d="M5 20c0-3.9 3.1-7 7-7s7 3.1 7 7"/>`,
  // Three people.
  'human-observational': svg`<circle cx="12" cy="7" r="2.8"/><circle cx="5.5" cy="9.5" r="2.2"/><circle cx="18.5" cy="9.5" r="2.2"/><path d="M7 20c0-3 2.2-5.5 5-5.5s5 2.5 5 5.5M1.5 19c0-2.2 1.8-4 4-4M22.5 19c0-2.2-1.8-4-4-4"/>`,
  // Two groups compared (balance).
  'human-controlled': svg`<path d="M12 4v16M5 20h14M4 8h16"/><path d="M4 8l-2.5 6h5zM20 8l-2.5 6h5z"/>`,
  // Shield.
  regulator: svg`<path d="M12 3l8 3v6c0 4.5-3.4 8-8 9-4.6-1-8-4.5-8-9V6z"/>`,
};

export function evidenceIcon(level: EvidenceLevel, part = 'evidence-icon'): TemplateResult {
  return frame(EVIDENCE_SHAPES[level], part);
}
