/**
 * Direction has one owner (src/shared/direction.ts): when a host page sets `<html dir="rtl">` on a
 * running page, every widget reads right to left, and back again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import { ready, settle } from './helpers.js';
import { TAGS, create } from './fixtures.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };

/** The direction a reader sees: the computed direction of the first text block in the widget. */
function shownDirection(el: El): string {
  const block = el.shadowRoot!.querySelector('h2, h3, p, li, [part~="badge"]') as HTMLElement;
  return getComputedStyle(block).direction;
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('live page direction (one owner for every widget)', () => {
  afterEach(() => document.documentElement.removeAttribute('dir'));

  for (const tag of TAGS) {
    it(`<${tag}> follows <html dir> set and unset on a running page`, async () => {
      const el = (await fixture(html`${create(tag)}`)) as El;
      await ready(el);
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
