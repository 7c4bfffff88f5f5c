/**
 * The base of the elements that show the publisher's own help services (<kratom-risk-checklist>,
 * <kratom-legal-badge>): the `help-*` attributes and whether the `help` slot has content. The block
 * itself (publisher-help.ts, with the attribute rules and their one-time warnings) loads only for an
 * element that has help, and that element's update waits for it, so the block is there at its first
 * paint and a page without help never fetches it. The block's styles are static
 * (publisher-help.styles.ts).
 */
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { serverPreload } from '../content/server-preloads.js';
import { KratomElement } from './kratom-element.js';
import type { HelpContent, HelpOptions } from './publisher-help.js';
import type { HelpFields } from './help-values.js';

type HelpModule = typeof import('./publisher-help.js');

/** The block's module, once loaded (shared by every element on the page). */
let helpModule: HelpModule | undefined;
let helpLoading: Promise<void> | undefined;

/** Whether the page has been warned that the block could not load (once per page). */
let helpWarned = false;

/**
 * How the block's module is fetched (replaced by tests that make it fail or stall).
 * @internal
 */
export const helpLoader = { load: (): Promise<HelpModule> => import('./publisher-help.js') };

/**
 * Loads the help block's module once; resolves (never rejects) when it is there or could not be
 * loaded (one console warning per page; the help stays hidden and the next update tries again).
 * @internal
 */
export function loadPublisherHelp(): Promise<void> {
  return (helpLoading ??= helpLoader.load().then(
    (module) => {
      helpModule = module;
    },
    () => {
      helpLoading = undefined;
      if (!helpWarned) console.warn("kratom-widgets: the publisher's help block could not be loaded.");
      helpWarned = true;
    },
  ));
}

// The server renders synchronously: start loading at start-up, before the first request is served;
// the server's preloads wait for it (content/server-preloads.ts, docs/ssr.md).
if (isServer) serverPreload(loadPublisherHelp());

/** Where and how an element shows its help block (the rest comes from the element). */
export type HelpBlockOptions = Omit<HelpOptions, 'fields' | 'slotted'>;

const HELP_PROPERTIES = ['helpName', 'helpPhone', 'helpUrl', 'helpHours'] as const;

/** A trimmed attribute value (`''` when unset or not text). */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/**
 * An element that shows the publisher's own help services: its `help` slot, or the `help-*`
 * attributes for pages without markup. Slotted content wins over the attributes; with neither,
 * nothing is shown.
 *
 * @slot help - Your own help and support services (a helpline, a clinic, a chat link …) in your own markup and styles, shown under "Help and support" with the reminder that in an emergency the reader calls the emergency number, not these services: in the checklist after the emergency information (and in its printed summary, where the slot moves while printing), in the badge at the end of the details. Wins over the `help-*` attributes. Nothing is added to your links.
 *
 * @csspart help - The "Help and support" box (the publisher's own services), shown only with `help` slot content or `help-*` attributes.
 * @csspart help-heading - The heading of the "Help and support" box.
 * @csspart help-link - Each link of the attribute form: the phone number (`help-phone`) and the website (`help-url`).
 */
export abstract class PublisherHelpElement extends KratomElement {
  /** Name of your own help service, shown as given (e.g. `Kratom support line, Anytown Health`). Default: none. */
  @property({ attribute: 'help-name', reflect: true, useDefault: true }) helpName: string | null = null;

  /**
   * Phone number of your help service, shown as a `tel:` link: at most 20 characters of digits,
   * spaces, `+` (first only), `-`, `.` and `( )`, with 3–15 digits (a `(0)` after the country code is
   * left out of the link). Anything else is shown as text, not as a link (one warning). Default: none.
   */
  @property({ attribute: 'help-phone', reflect: true, useDefault: true }) helpPhone: string | null = null;

  /**
   * Web address of your help service or its chat: `https:` only, linked exactly as given (opens in
   * a new tab, no referrer). Any other value is not shown (one warning). Default: none.
   */
  @property({ attribute: 'help-url', reflect: true, useDefault: true }) helpUrl: string | null = null;

  /**
   * Opening times of your help service, free text shown as given (e.g. `Mon–Fri 9–17`); shown only
   * with `help-name`, `help-phone` or `help-url`. Default: none.
   */
  @property({ attribute: 'help-hours', reflect: true, useDefault: true }) helpHours: string | null = null;

  /** The attribute form, trimmed. */
  private get helpFields(): HelpFields {
    return {
      name: text(this.helpName),
      phone: text(this.helpPhone),
      url: text(this.helpUrl),
      hours: text(this.helpHours),
    };
  }

  /** Whether the host has children in the `help` slot (read in render, so print and the first render see it). */
  private get hasSlottedHelp(): boolean {
    if (isServer) return false;
    for (const child of this.children) if (child.slot === 'help') return true;
    return false;
  }

  /** Whether this element has help: a `help-*` attribute or content in the `help` slot. */
  private get hasHelp(): boolean {
    return HELP_PROPERTIES.some((key) => text(this[key]) !== '') || this.hasSlottedHelp;
  }

  /**
   * An element with help waits for the block's module before it updates (see the module comment),
   * for at most `OPTIONAL_CODE_WAIT_MS`: the checklist's emergency information never waits longer.
   */
  protected override updateWait(): Promise<unknown> | undefined {
    const wait = super.updateWait();
    if (helpModule || !this.hasHelp) return wait;
    const help = this.optionalCodeWait('help', loadPublisherHelp());
    if (!help) return wait;
    return wait ? Promise.all([wait, help]) : help;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!helpModule || !HELP_PROPERTIES.some((key) => changed.has(key))) return;
    for (const [key, message] of helpModule.helpWarnings(this.helpFields, this.hasSlottedHelp))
      this.warnOnce(key, message);
  }

  /** Slotted content changed: the block shows or hides. */
  private readonly onHelpSlotChange = (): void => this.requestUpdate();

  /**
   * The publisher's help block, with this element's attributes and slot. Its markup is here, the
   * same before and after the block's module has loaded: a server that has the module renders the
   * hidden block for an element without help, and the browser, which has not loaded it for such an
   * element, hydrates that markup. Before the module has loaded, the block that holds the slot is
   * there, hidden and empty, so content slotted later loads the module and shows the block.
   */
  protected helpBlock(options: HelpBlockOptions): TemplateResult | typeof nothing {
    if (!helpModule && isServer && this.hasHelp)
      this.warnOnce(
        'help-server',
        'help-* is not rendered: render after the start-up awaits its preloads (docs/ssr.md).',
      );
    const content: HelpContent | undefined = helpModule
      ? helpModule.helpContent({ ...options, fields: this.helpFields, slotted: this.hasSlottedHelp })
      : options.withSlot
        ? { shown: false, heading: '', note: '', form: nothing }
        : undefined;
    if (!content) return nothing;
    const { id } = options;
    return html`<section class="help" part="help" aria-labelledby=${id} ?hidden=${!content.shown}>
      ${options.heading(content.heading, { id, part: 'help-heading' })}
      <p class="help-note">${content.note}</p>
      ${
        options.withSlot
          ? html`<slot name="help" @slotchange=${this.onHelpSlotChange}>${content.form}</slot>`
          : content.form
      }
    </section>`;
  }
}
