/**
 * Keyboard-only use: Tab reaches every control of every component, focus is always visible
 * (an outline of at least 2 px), and buttons and form controls are targets of at least 24×24 px
 * (WCAG 2.4.7, 2.4.11, 2.5.8; links inside sentences are exempt from the size rule).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
import { settle } from './helpers.js';

const CASES = [
  ['kratom-legal-badge', html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`],
  [
    'kratom-risk-checklist',
    html`<kratom-risk-checklist region="US" emergency-number="911" items="opioids,liver"></kratom-risk-checklist>`,
  ],
  ['kratom-alkaloid-explainer', html`<kratom-alkaloid-explainer compact></kratom-alkaloid-explainer>`],
  ['kratom-mechanism-diagram', html`<kratom-mechanism-diagram pathway="opioid"></kratom-mechanism-diagram>`],
] as const;

function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The element that draws the focus indicator: the control itself or, for a checkbox, its label. */
function indicator(el: Element): Element {
  if (el instanceof HTMLInputElement && getComputedStyle(el).outlineStyle === 'none') return el.closest('label') ?? el;
  return el;
}

for (const [tag, template] of CASES) {
  it(`${tag}: every control is reachable with Tab and shows a visible focus indicator`, async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><button id="before">before</button>${template}<button id="after">after</button></div>`,
    );
    const el = wrapper.querySelector(tag) as HTMLElement & { status?: string; updateComplete: Promise<boolean> };
    if (tag === 'kratom-legal-badge') await waitUntil(() => el.status !== 'loading', 'data', { timeout: 5000 });
    await settle(el);
    (wrapper.querySelector('#before') as HTMLElement).focus();
    const reached: string[] = [];
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive()!;
      if (active.id === 'after') break;
      if (!el.contains(active) && !el.shadowRoot!.contains(active)) continue;
      const shown = indicator(active);
      const style = getComputedStyle(shown);
      const name = `${active.localName}${active.getAttribute('part') ? `[${active.getAttribute('part')}]` : ''}`;
      reached.push(name);
      expect(style.outlineStyle, `${tag} ${name} outline`).to.not.equal('none');
      expect(parseFloat(style.outlineWidth), `${tag} ${name} outline width`).to.be.at.least(2);
      const inSentence = active.localName === 'a' && active.closest('p, li, dd, figcaption');
      if (!inSentence) {
        const box = active.getBoundingClientRect();
        expect(Math.max(box.width, shown.getBoundingClientRect().width), `${tag} ${name} width`).to.be.at.least(24);
        expect(Math.max(box.height, shown.getBoundingClientRect().height), `${tag} ${name} height`).to.be.at.least(24);
      }
    }
    expect(reached.length, `${tag} focusable controls`).to.be.greaterThan(0);
    expect(deepActive()!.id, 'Tab leaves the component').to.equal('after');
  });
}
