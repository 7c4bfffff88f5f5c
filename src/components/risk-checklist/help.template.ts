/**
 * Where <kratom-risk-checklist> shows the publisher's help (shared/publisher-help.ts): on screen in
 * the emergency block, after the emergency call line, the "while you wait" guidance and the US
 * helplines; on paper in the clinician summary, written out (number and full address as text).
 *
 * A slot shows its content in one place only, so the `help` slot follows the paper: in the emergency
 * block on screen, in the summary while the page prints or with `print-preview` (the emergency block,
 * which does not print, then shows the attribute form only, or nothing when the slot has content).
 */
import type { HelpBlockOptions } from '../../shared/publisher-help-element.js';
import { checklistHeading } from './risk-checklist.helpers.js';

/**
 * The help block's options: `inSummary` for the clinician summary, else the emergency block;
 * `printing` while the summary is rendered (printing or `print-preview`), `copy` the summary's copy
 * (1 for the page-language copy side by side; the slot shows in the first copy only).
 */
export function checklistHelp(
  level: number,
  number: string,
  inSummary: boolean,
  printing: boolean,
  copy = 0,
): HelpBlockOptions {
  return {
    withSlot: inSummary ? copy === 0 : !printing,
    paper: inSummary,
    id: inSummary ? `print-help-heading${copy ? `-${copy}` : ''}` : 'help-heading',
    emergencyNumber: number,
    heading: (text, options) => checklistHeading(text, level, inSummary ? 1 : 2, options),
  };
}
