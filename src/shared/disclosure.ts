/**
 * The disclosure button every widget uses to show and hide a section: a real `<button>` with
 * `aria-expanded` and `aria-controls`, its label, and a chevron that turns when open
 * (disclosure.styles.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';

/** The chevron drawn in a disclosure button. Decorative. */
export function chevron(): TemplateResult {
  return html`<svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M6 9l6 6 6-6"></path>
  </svg>`;
}

export interface DisclosureToggleOptions {
  /** Whether the section is shown. */
  expanded: boolean;
  /** The id of the section the button shows and hides. */
  controls: string;
  /** The button's visible label (and anything that follows it, such as visually hidden context). */
  label: unknown;
  onClick: (event: Event) => void;
  /** `part` name (default `toggle`). */
  part?: string;
  /** Class (default `toggle`). */
  className?: string;
  /** Where the chevron sits (default after the label). */
  chevronAt?: 'start' | 'end';
  /** Id of an element that describes the button. */
  describedBy?: string;
  /** A `data-section` value, for a handler shared by several buttons. */
  section?: string;
}

/**
 * A disclosure button (see the module comment). The spaces around the label keep the gap a button
 * that is not a flex box shows between its label and the chevron (as in the legal badge).
 */
export function disclosureToggle({
  expanded,
  controls,
  label,
  onClick,
  part = 'toggle',
  className = 'toggle',
  chevronAt = 'end',
  describedBy,
  section,
}: DisclosureToggleOptions): TemplateResult {
  const start = chevronAt === 'start';
  return html`<button
    class=${className}
    part=${part}
    type="button"
    aria-expanded=${expanded ? 'true' : 'false'}
    aria-controls=${controls}
    aria-describedby=${describedBy ?? nothing}
    data-section=${section ?? nothing}
    @click=${onClick}
  >
    ${start ? chevron() : nothing} ${label} ${start ? nothing : chevron()}
  </button>`;
}
