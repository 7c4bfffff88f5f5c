/**
 * Keyboard-only use: Tab reaches every control of every component, focus is always visible
 * (an outline of at least 2 px), and buttons and form controls are targets of at least 24×24 px
 * (WCAG 2.4.7, 2.4.11, 2.5.8; links inside sentences are exempt from the size rule).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
import { ready } from './helpers.js';
import { TAGS, create, type WidgetElement } from './fixtures.js';

/** Each element's typical fixture, in a state with few controls (the walk stops after 60 tabs). */
const FOCUS_STATES: Record<string, Record<string, string | null>> = {
  'kratom-legal-badge': { variant: null },
  'kratom-risk-checklist': { items: 'opioids,liver' },
  'kratom-alkaloid-explainer': { variant: 'compact' },
  'kratom-mechanism-diagram': { pathway: 'opioid' },
};

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

for (const tag of TAGS) {
  it(`${tag}: every control is reachable with Tab and shows a visible focus indicator`, async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="before">before</button>${create(tag, FOCUS_STATES[tag])}<button id="after">after</button>
      </div>`,
    );
    const el = wrapper.querySelector(tag) as WidgetElement;
    await ready(el);
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
