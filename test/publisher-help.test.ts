/**
 * The publisher's own help services (issue #26): the `help` slot and the `help-*` attributes on
 * <kratom-risk-checklist> (emergency block and printed summary) and <kratom-legal-badge> (details).
 * The numbers and addresses are fictional: 020 7946 xxxx is reserved for drama in the UK, and
 * `.example` is a reserved domain.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/kratom-risk-checklist.js';
import '../src/define/kratom-legal-badge.js';
import type { KratomRiskChecklist } from '../src/components/risk-checklist/risk-checklist.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import { helpTel } from '../src/shared/help-values.js';
import { captureWarnings, settle, shadowText, withPrintMedia } from './helpers.js';

const NAME = 'Kratom support line, Anytown Health';
const PHONE = '+44 (0)20 7946 0958';
const TEL = 'tel:+442079460958';
const URL_GIVEN = 'https://anytown.example/kratom-support?lang=en#chat';
const HOURS = 'Mon–Fri 9–17';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function checklist(template: ReturnType<typeof html>): Promise<KratomRiskChecklist> {
  const el = await fixture<KratomRiskChecklist>(template);
  await settle(el);
  return el;
}

async function badge(template: ReturnType<typeof html>): Promise<KratomLegalBadge> {
  const el = await fixture<KratomLegalBadge>(template);
  await waitUntil(() => el.status !== 'loading', 'legal data loaded', { timeout: 5000 });
  await settle(el);
  return el;
}

const part = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);
const shadowPart = (el: Element, name: string) => part(el.shadowRoot!, name);
/** Text as read: whitespace collapsed, bidi isolates (checked in the right-to-left test) left out. */
const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function isShown(node: Element | null): boolean {
  if (!node) return false;
  const r = node.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(node).visibility !== 'hidden';
}

/** What a reader sees in the attribute form: each label with its value, in order. */
function facts(help: HTMLElement): string[] {
  return [...help.querySelectorAll('dt')].map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`);
}

const attributeForm = html`<kratom-risk-checklist
  emergency-number="999"
  help-name=${NAME}
  help-phone=${PHONE}
  help-url=${URL_GIVEN}
  help-hours=${HOURS}
></kratom-risk-checklist>`;

describe('publisher help: <kratom-risk-checklist>', () => {
  it('shows the attribute form in the emergency block, after the emergency call line, under "Help and support"', async () => {
    const el = await checklist(attributeForm);
    const urgent = shadowPart(el, 'urgent')!;
    const help = part(urgent, 'help')!;
    expect(isShown(help)).to.equal(true);
    expect(help.getAttribute('aria-labelledby')).to.equal(shadowPart(el, 'help-heading')!.id);
    expect(text(shadowPart(el, 'help-heading'))).to.equal('Help and support');
    expect(shadowPart(el, 'help-heading')!.getAttribute('role')).to.equal('heading');
    // One level below the emergency block's heading, like "While you wait for help".
    expect(shadowPart(el, 'help-heading')!.getAttribute('aria-level')).to.equal('5');
    expect(text(help.querySelector('.help-note'))).to.equal('In an emergency, call 999, not the services listed here.');
    expect(text(help.querySelector('.help-name'))).to.equal(NAME);
    expect(facts(help)).to.deep.equal([
      `Phone: ${PHONE}`,
      'Website: anytown.example/kratom-support?lang=en#chat (opens in a new tab)',
      `Opening times: ${HOURS}`,
    ]);
    // The emergency call line comes first; the help follows everything the block says about emergencies.
    const call = shadowPart(el, 'emergency-call')!;
    expect(call.compareDocumentPosition(help) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(shadowPart(el, 'naloxone')!.compareDocumentPosition(help) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
      0,
    );
    expect(help.nextElementSibling).to.equal(shadowPart(el, 'urgent-sources'));
  });

  it('keeps the emergency call line first and unchanged, with and without emergency-number', async () => {
    for (const number of ['911', null]) {
      const plain = await checklist(
        html`<kratom-risk-checklist emergency-number=${number ?? nothing}></kratom-risk-checklist>`,
      );
      const withHelp = await checklist(
        html`<kratom-risk-checklist
          emergency-number=${number ?? nothing}
          help-name=${NAME}
          help-phone=${PHONE}
        ></kratom-risk-checklist>`,
      );
      const call = shadowPart(withHelp, 'emergency-call')!;
      expect(call.outerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(
        shadowPart(plain, 'emergency-call')!.outerHTML.replace(/<!--[^>]*-->/g, ''),
      );
      expect(text(call)).to.equal(
        number ? `Call this emergency number now: ${number}` : 'Call your local emergency number now.',
      );
      // The first phone link in the block is still the emergency number (when there is one).
      const firstTel = shadowPart(withHelp, 'urgent')!.querySelector('a[href^="tel:"]');
      if (number) expect(firstTel).to.equal(shadowPart(withHelp, 'emergency-link'));
      const note = text(shadowPart(withHelp, 'help')!.querySelector('.help-note'));
      expect(note).to.equal(
        number
          ? `In an emergency, call ${number}, not the services listed here.`
          : 'In an emergency, call your local emergency number, not the services listed here.',
      );
    }
  });

  it('links the phone number (tel:) and the website exactly as given, with no referrer and nothing added', async () => {
    const el = await checklist(attributeForm);
    const links = [...shadowPart(el, 'help')!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => a.getAttribute('part'))).to.deep.equal(['help-link', 'help-link']);
    const [phone, site] = links as [HTMLAnchorElement, HTMLAnchorElement];
    expect(phone.getAttribute('href')).to.equal(TEL);
    expect(text(phone)).to.equal(PHONE);
    expect(site.getAttribute('href')).to.equal(URL_GIVEN);
    expect(site.href).to.equal(new URL(URL_GIVEN).href);
    expect(site.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(site.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(site.getAttribute('target')).to.equal('_blank');
    for (const a of links) {
      expect(a.hasAttribute('ping'), 'no ping').to.equal(false);
      const r = a.getBoundingClientRect();
      expect(r.height, 'target height').to.be.at.least(24);
    }
    expect(shadowPart(el, 'help')!.querySelector('img, iframe, object, embed')).to.equal(null);
  });

  it('reaches the help links by keyboard, phone then website', async () => {
    const el = await checklist(attributeForm);
    const [phone, site] = [...shadowPart(el, 'help')!.querySelectorAll<HTMLAnchorElement>('a')];
    phone!.focus();
    expect(el.shadowRoot!.activeElement).to.equal(phone);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(site);
  });

  it('writes out a phone number it cannot link, drops a non-https address, and warns once for each, without throwing', async () => {
    for (const [phone, url] of [
      ['0800 KRATOM', 'http://anytown.example/'],
      ['call us on 020 7946 0958 any time', 'javascript:alert(1)'],
      ['+1 2', 'https://user:pass@anytown.example/'],
    ] as const) {
      let el!: KratomRiskChecklist;
      const warnings = await captureWarnings(async () => {
        el = await checklist(html`<kratom-risk-checklist help-phone=${phone} help-url=${url}></kratom-risk-checklist>`);
        el.requestUpdate();
        await settle(el);
      });
      expect(
        warnings.filter((w) => w.includes('help-phone')),
        phone,
      ).to.have.length(1);
      expect(
        warnings.filter((w) => w.includes('help-url')),
        url,
      ).to.have.length(1);
      expect(warnings, `${phone} / ${url}`).to.have.length(2);
      const help = shadowPart(el, 'help')!;
      expect(isShown(help)).to.equal(true);
      expect(help.querySelector('a')).to.equal(null);
      expect(facts(help)).to.deep.equal([`Phone: ${phone}`]);
      expect(shadowText(el)).to.not.contain(url);
    }
  });

  it('accepts the usual ways of writing a phone number, in Latin, Arabic-Indic and Thai digits', () => {
    expect(helpTel('0800 123 4567')).to.equal('08001234567');
    expect(helpTel('(555) 010-0199')).to.equal('5550100199');
    expect(helpTel('+44 (0)20 7946 0958')).to.equal('+442079460958');
    expect(helpTel('01.23.45.67.89')).to.equal('0123456789');
    expect(helpTel('٠٨٠٠ ١٢٣ ٤٥٦')).to.equal('0800123456');
    expect(helpTel('๐๒ ๑๒๓ ๔๕๖๗')).to.equal('021234567');
    for (const bad of ['12', '1-800-KRATOM', '++44 20', '44+20', '0'.repeat(21), 'tel:0800123456', '1234567890123456'])
      expect(helpTel(bad), bad).to.equal('');
  });

  it('shows the slotted content instead of the attributes (the slot wins), and follows later changes', async () => {
    const el = await checklist(
      html`<kratom-risk-checklist help-name=${NAME} help-phone=${PHONE}>
        <div slot="help">
          <p>Anytown drug service</p>
          <a href="https://anytown.example/">Book a visit</a>
        </div>
      </kratom-risk-checklist>`,
    );
    const own = el.querySelector('[slot="help"]')!;
    const help = shadowPart(el, 'help')!;
    expect(isShown(help)).to.equal(true);
    expect(isShown(own)).to.equal(true);
    const slot = help.querySelector<HTMLSlotElement>('slot[name="help"]')!;
    expect(slot.assignedElements()).to.deep.equal([own]);
    // The attribute form is the slot's fallback: not shown while the slot has content.
    expect(isShown(help.querySelector('.help-service'))).to.equal(false);
    // Our markup around it: the heading and the emergency reminder, nothing added to the publisher's link.
    expect(text(shadowPart(el, 'help-heading'))).to.equal('Help and support');
    expect(own.querySelector('a')!.getAttribute('href')).to.equal('https://anytown.example/');

    own.remove();
    await waitUntil(() => isShown(help.querySelector('.help-service')), 'attribute form back');
    expect(text(help.querySelector('.help-name'))).to.equal(NAME);
    el.removeAttribute('help-name');
    el.removeAttribute('help-phone');
    await settle(el);
    expect(isShown(help)).to.equal(false);
    const added = document.createElement('p');
    added.slot = 'help';
    added.textContent = 'Ask at the Anytown pharmacy.';
    el.append(added);
    await waitUntil(() => isShown(help), 'help shown for new slotted content');
    expect(isShown(added)).to.equal(true);
  });

  it('shows nothing, and warns about nothing, without help attributes or slotted content', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await checklist(html`<kratom-risk-checklist emergency-number="112"></kratom-risk-checklist>`);
      expect(isShown(shadowPart(el, 'help'))).to.equal(false);
      expect(shadowText(el)).to.not.contain('Help and support');
      expect(shadowText(el)).to.not.contain('not the services listed here');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('shows nothing for opening times alone, with one warning', async () => {
    let el!: KratomRiskChecklist;
    const warnings = await captureWarnings(async () => {
      el = await checklist(html`<kratom-risk-checklist help-hours=${HOURS}></kratom-risk-checklist>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('help-hours');
    expect(isShown(shadowPart(el, 'help'))).to.equal(false);
    expect(shadowText(el)).to.not.contain(HOURS);
  });

  it('prints the help in the summary with the number and the full address written out (print-preview)', async () => {
    const el = await checklist(
      html`<kratom-risk-checklist
        print-preview
        emergency-number="999"
        help-name=${NAME}
        help-phone=${PHONE}
        help-url=${URL_GIVEN}
        help-hours=${HOURS}
      ></kratom-risk-checklist>`,
    );
    const summary = shadowPart(el, 'print-summary')!;
    const help = part(summary, 'help')!;
    expect(isShown(help)).to.equal(true);
    expect(text(help.querySelector('[part~="help-heading"]'))).to.equal('Help and support');
    expect(text(help.querySelector('.help-note'))).to.equal('In an emergency, call 999, not the services listed here.');
    expect(text(help.querySelector('.help-name'))).to.equal(NAME);
    expect(facts(help)).to.deep.equal([`Phone: ${PHONE}`, `Website: ${URL_GIVEN}`, `Opening times: ${HOURS}`]);
    expect(help.querySelector('a'), 'no links on paper').to.equal(null);
    // Before the review footer, after the statements.
    expect(help.nextElementSibling).to.equal(part(summary, 'review'));
    // Headings in the summary's outline, unique ids.
    expect(help.getAttribute('aria-labelledby')).to.equal('print-help-heading');
    const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((n) => n.id);
    expect(new Set(ids).size).to.equal(ids.length);
    // The emergency block stays on screen and keeps its own help with links.
    expect(part(shadowPart(el, 'urgent')!, 'help-link')).to.not.equal(null);
  });

  it('moves the slotted help into the printed summary while the page prints, and back afterwards', async () => {
    const el = await checklist(
      html`<kratom-risk-checklist emergency-number="999">
        <p slot="help">Anytown drug service: 020 7946 0000</p>
      </kratom-risk-checklist>`,
    );
    const own = el.querySelector('[slot="help"]')!;
    expect(own.assignedSlot!.closest('[part~="urgent"]')).to.not.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    try {
      const summary = shadowPart(el, 'print-summary')!;
      expect(own.assignedSlot, 'slot in the summary, rendered inside beforeprint').to.not.equal(null);
      expect(summary.contains(own.assignedSlot)).to.equal(true);
      const help = part(summary, 'help')!;
      expect(help.hidden).to.equal(false);
      expect(part(shadowPart(el, 'urgent')!, 'help')).to.equal(null);
      await withPrintMedia(() => {
        expect(isShown(help)).to.equal(true);
        expect(isShown(own)).to.equal(true);
      });
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
    await settle(el);
    await waitUntil(() => own.assignedSlot?.closest('[part~="urgent"]'), 'slot back in the emergency block');
    expect(isShown(own)).to.equal(true);
  });

  it('keeps the order right to left: label, then value, the number itself left to right', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl">${attributeForm}</div>`);
    const el = wrapper.querySelector<KratomRiskChecklist>('kratom-risk-checklist')!;
    await settle(el);
    const help = shadowPart(el, 'help')!;
    const dt = help.querySelector('dt')!.getBoundingClientRect();
    const dd = help.querySelector('dd')!.getBoundingClientRect();
    expect(dt.left, 'label on the right').to.be.greaterThan(dd.left);
    const phone = help.querySelector('a[href^="tel:"]')!;
    expect(getComputedStyle(phone).direction).to.equal('ltr');
    expect(getComputedStyle(help).direction).to.equal('rtl');
    // The emergency number in the reminder is isolated, so "+112" never reads "112+".
    expect(help.querySelector('.help-note')!.textContent).to.contain('\u2066999\u2069');
    // Live change back to left to right.
    wrapper.dir = 'ltr';
    await settle(el);
    expect(help.querySelector('dt')!.getBoundingClientRect().left).to.be.lessThan(
      help.querySelector('dd')!.getBoundingClientRect().left,
    );
  });

  it('fits a 320 px column: labels stack above their values, the long address wraps', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="narrow">
        <style>
          .narrow {
            inline-size: 320px;
          }
        </style>
        <kratom-risk-checklist
          help-name=${NAME}
          help-phone=${PHONE}
          help-url="https://anytown.example/services/drugs-and-alcohol/kratom-support-and-advice"
          help-hours=${HOURS}
        ></kratom-risk-checklist>
      </div>`,
    );
    const el = wrapper.querySelector<KratomRiskChecklist>('kratom-risk-checklist')!;
    await settle(el);
    const help = shadowPart(el, 'help')!;
    const limit = wrapper.getBoundingClientRect().right;
    expect(help.getBoundingClientRect().right).to.be.at.most(limit);
    for (const node of help.querySelectorAll('dt, dd, a, p'))
      expect(node.getBoundingClientRect().right, node.textContent!).to.be.at.most(help.getBoundingClientRect().right);
    // Narrow: each label on its own line above its value.
    const dt = help.querySelector('dt')!.getBoundingClientRect();
    const dd = help.querySelector('dd')!.getBoundingClientRect();
    expect(dd.top).to.be.at.least(dt.bottom - 1);
  });
});

describe('publisher help: <kratom-legal-badge>', () => {
  it('shows the help at the end of the details once they are opened', async () => {
    const el = await badge(
      html`<kratom-legal-badge
        jurisdiction="US-AL"
        help-name=${NAME}
        help-phone=${PHONE}
        help-url=${URL_GIVEN}
      ></kratom-legal-badge>`,
    );
    // Closed: the details (and the help in them) are not built yet.
    expect(shadowPart(el, 'help')).to.equal(null);
    shadowPart(el, 'toggle')!.click();
    await settle(el);
    const details = shadowPart(el, 'details')!;
    const help = part(details, 'help')!;
    expect(isShown(help)).to.equal(true);
    expect(details.lastElementChild).to.equal(help);
    expect(shadowPart(el, 'disclaimer')!.compareDocumentPosition(help) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
      0,
    );
    expect(text(part(help, 'help-heading'))).to.equal('Help and support');
    // One level below the details heading (heading-level 3).
    expect(part(help, 'help-heading')!.getAttribute('aria-level')).to.equal('4');
    expect(text(help.querySelector('.help-note'))).to.equal(
      'In an emergency, call your local emergency number, not the services listed here.',
    );
    expect(facts(help)).to.deep.equal([
      `Phone: ${PHONE}`,
      'Website: anytown.example/kratom-support?lang=en#chat (opens in a new tab)',
    ]);
    const site = help.querySelector<HTMLAnchorElement>('a[target="_blank"]')!;
    expect(site.getAttribute('href')).to.equal(URL_GIVEN);
    expect(site.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(site.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(help.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal(TEL);
  });

  it('shows slotted content in the details, also for a place without data, and nothing without help', async () => {
    let el!: KratomLegalBadge;
    const warnings = await captureWarnings(async () => {
      el = await badge(
        html`<kratom-legal-badge jurisdiction="XX" variant="full">
          <p slot="help">Anytown drug service: <a href="https://anytown.example/">anytown.example</a></p>
        </kratom-legal-badge>`,
      );
    });
    expect(warnings.every((w) => w.includes('jurisdiction="XX"'))).to.equal(true);
    const own = el.querySelector('[slot="help"]')!;
    await waitUntil(() => isShown(own), 'slotted help shown');
    expect(shadowPart(el, 'details')!.contains(own.assignedSlot)).to.equal(true);

    const plain = await badge(html`<kratom-legal-badge jurisdiction="US-AL" variant="full"></kratom-legal-badge>`);
    expect(isShown(shadowPart(plain, 'help'))).to.equal(false);
    expect(shadowText(plain)).to.not.contain('Help and support');
  });

  it('warns once for an invalid phone or address and never throws', async () => {
    const el = document.createElement('kratom-legal-badge') as KratomLegalBadge & Widget;
    const warnings = await captureWarnings(async () => {
      el.setAttribute('jurisdiction', 'US-AL');
      el.setAttribute('variant', 'full');
      el.setAttribute('help-phone', 'ring us');
      el.setAttribute('help-url', 'ftp://anytown.example/');
      document.body.append(el);
      await waitUntil(() => el.status !== 'loading', 'legal data loaded', { timeout: 5000 });
      await settle(el);
      el.helpUrl = 'data:text/html,hi';
      await settle(el);
    });
    try {
      expect(warnings.filter((w) => w.includes('help-phone'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('help-url'))).to.have.length(1);
      const help = shadowPart(el, 'help')!;
      expect(help.querySelector('a')).to.equal(null);
      expect(facts(help)).to.deep.equal(['Phone: ring us']);
    } finally {
      el.remove();
    }
  });
});
