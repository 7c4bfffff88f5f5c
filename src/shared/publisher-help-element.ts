/**
 * The base of the elements that show the publisher's own help services (<kratom-risk-checklist>,
 * <kratom-legal-badge>): the `help-*` attributes, their one-time warnings and whether the `help`
 * slot has content. The block itself is publisher-help.ts.
 */
import { isServer, type nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { KratomElement } from './kratom-element.js';
import { hasHelpFields, helpHref, helpTel, type HelpFields } from './help-values.js';
import { publisherHelp, type HelpOptions } from './publisher-help.js';

/** Where and how an element shows its help block (the rest comes from the element). */
export type HelpBlockOptions = Omit<HelpOptions, 'fields' | 'slotted' | 'onSlotChange'>;

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!HELP_PROPERTIES.some((key) => changed.has(key))) return;
    const fields = this.helpFields;
    if (fields.phone && !helpTel(fields.phone)) {
      this.warnOnce(
        'help-phone',
        `help-phone="${fields.phone.slice(0, 30)}" is not a phone number (at most 20 characters: digits, spaces, + - . ( )); showing it as text, not as a link.`,
      );
    }
    if (fields.url && !helpHref(fields.url)) {
      this.warnOnce('help-url', `help-url="${fields.url.slice(0, 40)}" is not an https: address; not shown.`);
    }
    if (fields.hours && !hasHelpFields(fields) && !this.hasSlottedHelp) {
      this.warnOnce('help-hours', 'help-hours is shown only with help-name, help-phone or help-url.');
    }
  }

  /** Slotted content changed: the block shows or hides. */
  private readonly onHelpSlotChange = (): void => this.requestUpdate();

  /** The publisher's help block, with this element's attributes and slot. */
  protected helpBlock(options: HelpBlockOptions): TemplateResult | typeof nothing {
    return publisherHelp({
      ...options,
      fields: this.helpFields,
      slotted: this.hasSlottedHelp,
      onSlotChange: this.onHelpSlotChange,
    });
  }
}
