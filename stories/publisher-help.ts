/**
 * Story helper: the publisher's own help services (issue #26) for the checklist and badge stories.
 * Every name, number and address is fictional: 020 7946 xxxx is reserved for drama in the UK and
 * `.example` is a reserved domain.
 */
import { html, nothing } from 'lit';

/** The `help-*` attributes and the `help slot` switch the stories share. */
export type HelpArgs = {
  'help-name'?: string;
  'help-phone'?: string;
  'help-url'?: string;
  'help-hours'?: string;
  /** Not an attribute: puts the sample markup below in the `help` slot. */
  'help slot'?: boolean;
};

/** The attribute form of a typical local service. */
export const HELP_ATTRIBUTES: HelpArgs = {
  'help-name': 'Kratom support line, Anytown Health',
  'help-phone': '+44 (0)20 7946 0958',
  'help-url': 'https://anytown.example/kratom-support',
  'help-hours': 'Mon–Fri 9–17',
};

/** Values the element does not link: a vanity number (text only) and an http: address (not shown). */
export const HELP_INVALID: HelpArgs = {
  'help-name': 'Anytown drug service',
  'help-phone': '0800 KRATOM',
  'help-url': 'http://anytown.example/',
};

/** Controls for the `help-*` attributes (the manifest gives their descriptions). */
export const helpArgTypes = {
  'help slot': {
    control: 'boolean',
    description: 'Story only: puts sample markup (a name, a phone link and a chat link) in the `help` slot.',
  },
} as const;

/** The publisher's own markup, as a page would slot it. */
export const helpSlotSample = html`<div slot="help">
  <p><strong>Anytown Drug and Alcohol Service</strong> (free and confidential)</p>
  <ul>
    <li>Phone: <a href="tel:+442079460000">020 7946 0000</a>, Monday to Friday 9am to 5pm</li>
    <li><a href="https://anytown.example/chat">Chat with an adviser online</a></li>
  </ul>
</div>`;

/** The slot content when the `help slot` arg is on. */
export const helpSlot = (args: HelpArgs) => (args['help slot'] ? helpSlotSample : nothing);
