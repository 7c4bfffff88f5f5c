/**
 * Isolation from the host page: hostile host CSS does not break the widgets beyond the inherited
 * font, elements survive removal, re-adding, moving between documents and many mount/unmount
 * cycles without errors or leaked listeners. (Heap growth over many mounts: test/perf/heap.test.ts.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import { settle } from './helpers.js';
import { TAGS, create as make } from './fixtures.js';

describe('isolation from the host page', () => {
  it('keeps layout under hostile host CSS (all: unset, !important resets, huge font)', async () => {
    const style = document.createElement('style');
    style.textContent = `
      * { all: unset; }
      div, button, svg, span, p, ul, li { display: inline !important; margin: 50px !important; padding: 0 !important;
        border: 5px solid red !important; color: red !important; background: yellow !important; }
      html { font-size: 40px !important; }
      head, style, script { display: none !important; }
    `;
    document.head.append(style);
    try {
      for (const tag of TAGS) {
        const host = await fixture<HTMLElement>(html`<section></section>`);
        const el = make(tag);
        host.append(el);
        await settle(el);
        const root = el.shadowRoot!;
        // Host rules do not reach inside the shadow root: inner elements keep their own styles.
        const inner = [...root.querySelectorAll<HTMLElement>('button, p, li, div, span')];
        expect(inner.length, `${tag} has inner content`).to.be.greaterThan(3);
        for (const node of inner) {
          const cs = getComputedStyle(node);
          expect(cs.backgroundColor, `${tag} background`).to.not.equal('rgb(255, 255, 0)');
          expect(cs.color, `${tag} text colour`).to.not.equal('rgb(255, 0, 0)');
          expect(cs.borderTopWidth, `${tag} border`).to.not.equal('5px');
          expect(cs.marginTop, `${tag} margin`).to.not.equal('50px');
        }
        expect(el.shadowRoot!.textContent!.trim().length).to.be.greaterThan(0);
      }
    } finally {
      style.remove();
    }
  });

  it('survives removal, re-adding and moving into another document', async () => {
    const iframe = await fixture<HTMLIFrameElement>(html`<iframe title="other document"></iframe>`);
    const other = iframe.contentDocument!;
    for (const tag of TAGS) {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const el = make(tag);
      host.append(el);
      await settle(el);
      el.remove();
      host.append(el);
      await settle(el);
      expect(el.shadowRoot!.textContent!.trim().length).to.be.greaterThan(0);
      // Moving into a document without the definition must not throw.
      expect(() => other.body.append(other.adoptNode(el))).to.not.throw();
      expect(() => el.remove()).to.not.throw();
    }
  });

  it('1,000 mount/unmount cycles add no listeners to window or document', async function () {
    this.timeout(120000);
    const counts = { window: 0, document: 0 };
    const add = { window: window.addEventListener, document: document.addEventListener };
    const remove = { window: window.removeEventListener, document: document.removeEventListener };
    window.addEventListener = function (...a: Parameters<typeof window.addEventListener>) {
      counts.window++;
      return add.window.apply(this, a);
    };
    window.removeEventListener = function (...a: Parameters<typeof window.removeEventListener>) {
      counts.window--;
      return remove.window.apply(this, a);
    };
    document.addEventListener = function (...a: Parameters<typeof document.addEventListener>) {
      counts.document++;
      return add.document.apply(this, a);
    };
    document.removeEventListener = function (...a: Parameters<typeof document.removeEventListener>) {
      counts.document--;
      return remove.document.apply(this, a);
    };
    try {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      // Warm up: first connection may install one-time, page-wide listeners (locale observer).
      for (const tag of TAGS) {
        const el = make(tag);
        host.append(el);
        await el.updateComplete;
        el.remove();
      }
      const before = { ...counts };
      for (let i = 0; i < 1000; i++) {
        const el = make(TAGS[i % TAGS.length]!);
        host.append(el);
        if (i % 50 === 0) await el.updateComplete;
        el.remove();
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(counts.window - before.window, 'window listeners').to.be.at.most(0);
      expect(counts.document - before.document, 'document listeners').to.be.at.most(0);
    } finally {
      window.addEventListener = add.window;
      window.removeEventListener = remove.window;
      document.addEventListener = add.document;
      document.removeEventListener = remove.document;
    }
  });
});
