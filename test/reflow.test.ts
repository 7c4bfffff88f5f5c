/**
 * WCAG 1.4.10 reflow and 1.4.12 text spacing: at 320 CSS px wide (what 1280 px at 400 % zoom
 * gives) and with the user's text-spacing overrides (line height 1.5, letter spacing 0.12em, word
 * spacing 0.16em), every component shows all its content without horizontal scrolling.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import { ready } from './helpers.js';
import { TAGS, create, type WidgetElement } from './fixtures.js';

/** The longest content each element shows (longest status text, longest alkaloid name). */
/** The publisher's help with its longest values (fictional service). */
const LONG_HELP = {
  'help-name': 'Kratom support line, Anytown Health and Social Care Partnership',
  'help-phone': '+44 (0)20 7946 0958',
  'help-url': 'https://anytown.example/services/drugs-and-alcohol/kratom-support-and-advice',
  'help-hours': 'Monday to Friday 9am to 5pm, Saturday 10am to 1pm',
};

const WIDEST: Record<string, Record<string, string>> = {
  'kratom-legal-badge': { jurisdiction: 'US-FL', product: '7-oh', ...LONG_HELP },
  'kratom-risk-checklist': LONG_HELP,
  'kratom-alkaloid-explainer': { alkaloid: 'mitragynine-pseudoindoxyl' },
};

/** Elements whose right edge passes the container, ignoring visually hidden helpers. */
function overflowing(el: HTMLElement, limit: number): string[] {
  const out: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('.visually-hidden, [hidden], style, title, defs')) continue;
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.right > limit + 1)
      out.push(`${node.localName}.${node.getAttribute('class') ?? ''} right=${Math.round(rect.right)}`);
  }
  return out;
}

for (const spacing of [false, true]) {
  describe(`reflow at 320 px${spacing ? ' with WCAG text-spacing overrides' : ''}`, () => {
    for (const tag of TAGS) {
      it(`${tag} needs no horizontal scrolling`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div class=${spacing ? 'spaced' : ''}>${create(tag, WIDEST[tag])}</div>`,
        );
        const style = document.createElement('style');
        style.textContent = `
          .narrow { inline-size: 320px; }
          .spaced, .spaced * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        `;
        wrapper.prepend(style);
        wrapper.classList.add('narrow');
        const el = wrapper.querySelector(tag) as WidgetElement;
        await ready(el);
        await new Promise((r) => requestAnimationFrame(() => r(undefined)));
        const limit = wrapper.getBoundingClientRect().right;
        expect(el.getBoundingClientRect().right).to.be.at.most(limit + 1);
        expect(overflowing(el, limit), `${tag} overflow`).to.deep.equal([]);
      });
    }
  });
}
