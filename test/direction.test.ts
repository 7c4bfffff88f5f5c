/**
 * Direction has one owner (src/shared/direction.ts): when a host page sets `<html dir="rtl">` on a
 * running page, every widget reads right to left, and back again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/kratom-alkaloid-explainer.js';
import '../src/define/kratom-legal-badge.js';
import '../src/define/kratom-mechanism-diagram.js';
import '../src/define/kratom-risk-checklist.js';
import { settle } from './helpers.js';

const TAGS = [
  'kratom-alkaloid-explainer',
  'kratom-legal-badge',
  'kratom-mechanism-diagram',
  'kratom-risk-checklist',
] as const;

type El = HTMLElement & { updateComplete: Promise<unknown> };

/** The direction a reader sees: the computed direction of the first text block in the widget. */
function shownDirection(el: El): string {
  const block = el.shadowRoot!.querySelector('h2, h3, p, li, [part~="badge"]') as HTMLElement;
  return getComputedStyle(block).direction;
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('live page direction (one owner for all four widgets)', () => {
  afterEach(() => document.documentElement.removeAttribute('dir'));

  for (const tag of TAGS) {
    it(`<${tag}> follows <html dir> set and unset on a running page`, async () => {
      const el = (await fixture(
        tag === 'kratom-legal-badge'
          ? html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`
          : html`${document.createElement(tag)}`,
      )) as El;
      await settle(el);
      expect(shownDirection(el)).to.equal('ltr');

      document.documentElement.dir = 'rtl';
      await nextFrame();
      await settle(el);
      expect(shownDirection(el), 'after <html dir="rtl">').to.equal('rtl');

      document.documentElement.dir = 'ltr';
      await nextFrame();
      await settle(el);
      expect(shownDirection(el), 'after <html dir="ltr">').to.equal('ltr');
    });
  }

  it('the diagram redraws its layout for the new direction (steps run right to left)', async () => {
    const el = (await fixture(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`)) as El;
    await settle(el);
    const root = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(root.getAttribute('dir')).to.equal('ltr');
    document.documentElement.dir = 'rtl';
    await nextFrame();
    await settle(el);
    expect(root.getAttribute('dir')).to.equal('rtl');
  });
});
