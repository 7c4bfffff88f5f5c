/**
 * Icons drawn with Lit `svg` templates (no external files, no `unsafeSVG`). Each status and
 * evidence level has its own *shape*, so meaning never depends on colour alone. Icons are
 * decorative (`aria-hidden`): the word beside them carries the meaning.
 */
import { svg, type TemplateResult } from 'lit';
import type { EvidenceLevel, Severity } from '../content/types.js';
import { iconFrame as frame } from './icon-frame.js';

// The legal status icons live in status-icons.ts; only the legal badge draws them, so this module
// does not re-export them (a re-export would put their shapes on every element's page).

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
