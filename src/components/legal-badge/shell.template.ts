/**
 * Every state of the badge renders through this template: the root, the badge with its status icon
 * and the Details toggle, and slots for the place, the short notes shown without opening (which also
 * describe the toggle) and, for a state with details, the details panel (its content built only once
 * shown, or for print). One template for every state keeps a closed badge to few template instances,
 * which matters in a table of 100 (docs/performance.md).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { STATUS_SHAPES, type StatusIconKind } from '../../shared/status-icons.js';
import { disclosureToggle } from '../../shared/disclosure.js';
import { translationNoticeShort } from '../../shared/translation-notice.js';
import type { LegalBadgeStatus } from './badge-model.js';
import { FLAGS_ID } from './entry-parts.js';

/** What one state of the badge shows. */
export interface ShellContent {
  readonly status: LegalBadgeStatus;
  readonly kind: StatusIconKind;
  /** The icon's shape, when it is not the one of `kind`. */
  readonly shape?: TemplateResult | undefined;
  readonly word: string;
  readonly place?: string;
  /** The short notes shown without opening. */
  readonly flags?: TemplateResult;
  /** The details panel's content, for a state that has details. */
  readonly panel?: (() => TemplateResult) | undefined;
}

/** How the shell is shown and wired to the element. */
export interface ShellState {
  /** The details are open (compact variant). */
  readonly open: boolean;
  /** The full variant: details always shown, no toggle. */
  readonly full: boolean;
  /** Whether the details' content is to be built (`LazyPanelsController.rendered`), given whether they show. */
  readonly panelRendered: (shown: boolean) => boolean;
  readonly onToggle: () => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
}

export function shell(
  { status, kind, shape = STATUS_SHAPES[kind], word, place, flags, panel }: ShellContent,
  { open, full, panelRendered, onToggle, onKeydown }: ShellState,
): TemplateResult {
  const hidden = !full && !open;
  const body = panel && panelRendered(!hidden) ? panel() : nothing;
  return html`<div
    class="root"
    part="base"
    data-status=${status}
    aria-busy=${status === 'loading' ? 'true' : nothing}
    @keydown=${onKeydown}
  >
    <div class="badge" part="badge">
      <span class="label">
        <svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shape}</svg>
        <span class="status" part="status">${word}</span>
        ${place ? html`<span aria-hidden="true">·</span><span class="place" part="place">${place}</span>` : nothing}
      </span>
      ${
        panel && !full
          ? disclosureToggle({
              expanded: open,
              controls: 'details',
              describedBy: flags ? FLAGS_ID : undefined,
              onClick: onToggle,
              label: html`${msg('Details', {
                  id: 'legalBadge.toggle.label',
                  desc: 'Button that shows or hides the legal details. Short.',
                })}<span class="visually-hidden">${place ? `: ${place}` : nothing}</span>`,
            })
          : nothing
      }
      ${flags ?? nothing} ${status === 'loading' ? nothing : translationNoticeShort()}
    </div>
    ${panel ? html`<div id="details" class="details" part="details" ?hidden=${hidden}>${body}</div>` : nothing}
  </div>`;
}
