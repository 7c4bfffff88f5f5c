/**
 * The publisher's own help services (issue #26): a `help` slot for the publisher's markup, or the
 * attribute form (`help-name`, `help-phone`, `help-url`, `help-hours`) for pages without markup.
 * Shown in the risk checklist's emergency block and printed summary and at the end of the legal
 * badge's details, in a neutral box under "Help and support", with the plain reminder that in an
 * emergency the reader calls the emergency number, not these services.
 *
 * Nothing is added to what the publisher gives: the phone link is `tel:` with the digits of the
 * number, the website link is the address exactly as given (https: only), with no referrer, no
 * query parameters, no pings and no images. Pure functions; the element side is
 * publisher-help-element.ts, which loads this module only for an element with help (and waits for it
 * before rendering), the attribute values' rules help-values.ts, the styles publisher-help.styles.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { newTabLabel } from './source-list.js';
import { hasHelpFields, helpHref, helpTel, type HelpFields } from './help-values.js';

/** Where and how one help block renders. */
export interface HelpOptions {
  readonly fields: HelpFields;
  /** The host has children in the `help` slot (they win over the attribute form). */
  readonly slotted: boolean;
  /** This block holds the element's one `help` slot (a slot shows its content in one place only). */
  readonly withSlot: boolean;
  /** Written out for paper: the number and the full address as text, no links. */
  readonly paper: boolean;
  /** The element's heading, at its level and look. */
  readonly heading: (text: string, options: { id: string; part: string }) => TemplateResult;
  /** The heading's id (unique in the shadow root). */
  readonly id: string;
  /** The normalised emergency number, if the element has one (`''`: "your local emergency number"). */
  readonly emergencyNumber?: string;
}

function emergencyNote(number: string): string {
  // Isolated, so a number with `+` keeps its order in right-to-left text.
  const isolated = `\u2066${number}\u2069`;
  return number
    ? msg(str`In an emergency, call ${isolated}, not the services listed here.`, {
        id: 'shared.help.emergencyNumber',
        desc: 'Under the "Help and support" heading, before the local help services a website lists (helpline, clinic, chat). Must say plainly that an emergency needs the emergency number, not these services. Placeholder: the emergency phone number (e.g. 911, 112).',
      })
    : msg('In an emergency, call your local emergency number, not the services listed here.', {
        id: 'shared.help.emergencyGeneric',
        desc: 'Under the "Help and support" heading, before the local help services a website lists (helpline, clinic, chat), when no emergency number is known. Must say plainly that an emergency needs the emergency number, not these services. Do not add a number.',
      });
}

const EXTERNAL_ICON = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
</svg>`;

/** One fact of the attribute form, or nothing without a value. */
const fact = (label: () => string, value: unknown, shown: unknown) =>
  shown
    ? html`<dt>${label()}</dt>
        <dd>${value}</dd>`
    : nothing;

/** The attribute form: name, phone, website and opening times. */
function service({ name, phone, url, hours }: HelpFields, paper: boolean): TemplateResult {
  const tel = helpTel(phone);
  const href = helpHref(url);
  return html`<div class="help-service">
    ${name ? html`<p class="help-name">${name}</p>` : nothing}
    ${
      phone || href || hours
        ? html`<dl class="help-facts">
            ${fact(
              () =>
                msg('Phone', {
                  id: 'shared.help.phone',
                  desc: 'Label before the phone number of a local help service a website lists.',
                }),
              tel && !paper
                ? html`<a class="help-link ltr" part="help-link" href=${`tel:${tel}`}>${phone}</a>`
                : html`<span class="ltr">${phone}</span>`,
              phone,
            )}
            ${fact(
              () =>
                msg('Website', {
                  id: 'shared.help.website',
                  desc: 'Label before the web address of a local help service a website lists (its site or its chat).',
                }),
              paper
                ? html`<span class="help-url ltr">${href}</span>`
                : html`<a
                    class="help-link help-url ltr"
                    part="help-link"
                    href=${href}
                    target="_blank"
                    rel="noopener noreferrer"
                    referrerpolicy="no-referrer"
                    >${href.replace(/^https:\/\//i, '').replace(/\/$/, '')}${EXTERNAL_ICON}<span class="visually-hidden"
                      >${newTabLabel()}</span
                    ></a
                  >`,
              href,
            )}
            ${fact(
              () =>
                msg('Opening times', {
                  id: 'shared.help.hours',
                  desc: 'Label before the opening times of a local help service a website lists (free text the website wrote, e.g. "Mon–Fri 9–17").',
                }),
              hours,
              hours,
            )}
          </dl>`
        : nothing
    }
  </div>`;
}

/** What one help block shows (the block's markup is publisher-help-element.ts, see `helpContent`). */
export interface HelpContent {
  /** `false`: the block is there but hidden (it holds the slot, and nothing is to be shown yet). */
  readonly shown: boolean;
  readonly heading: string;
  readonly note: string;
  /** The attribute form, or `nothing`. */
  readonly form: TemplateResult | typeof nothing;
}

/**
 * What one help block shows (see the module comment), or `undefined` for no block. The block that
 * holds the slot is always rendered, hidden while there is nothing to show, so content slotted later
 * appears; a block without the slot renders only the attribute form, and nothing when the slot has
 * content (the slot wins). The block's markup is in the element base, so an element renders the
 * same block before and after this module has loaded (server-rendered markup then hydrates).
 */
export function helpContent(
  o: Pick<HelpOptions, 'fields' | 'slotted' | 'withSlot' | 'paper' | 'emergencyNumber'>,
): HelpContent | undefined {
  const own = hasHelpFields(o.fields);
  const shown = o.withSlot ? o.slotted || own : !o.slotted && own;
  if (!o.withSlot && !shown) return undefined;
  return {
    shown,
    heading: msg('Help and support', {
      id: 'shared.help.heading',
      desc: 'Heading above the local help services a website lists (helpline, clinic, chat), in the risk checklist and the legal status details. Calm, not urgent: these are not emergency services.',
    }),
    note: emergencyNote(o.emergencyNumber ?? ''),
    form: own ? service(o.fields, o.paper) : nothing,
  };
}

/**
 * The one-time console warnings for the attribute form, as `[key, message]`: a phone number that is
 * not linked, an address that is not shown, opening times with nothing to show them with.
 */
export function helpWarnings(fields: HelpFields, slotted: boolean): Array<[key: string, message: string]> {
  const warnings: Array<[string, string]> = [];
  if (fields.phone && !helpTel(fields.phone)) {
    warnings.push([
      'help-phone',
      `help-phone="${fields.phone.slice(0, 30)}" is not a phone number (at most 20 characters: digits, spaces, + - . ( )); showing it as text, not as a link.`,
    ]);
  }
  if (fields.url && !helpHref(fields.url)) {
    warnings.push(['help-url', `help-url="${fields.url.slice(0, 40)}" is not an https: address; not shown.`]);
  }
  if (fields.hours && !hasHelpFields(fields) && !slotted) {
    warnings.push(['help-hours', 'help-hours is shown only with help-name, help-phone or help-url.']);
  }
  return warnings;
}
