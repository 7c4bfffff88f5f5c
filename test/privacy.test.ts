/**
 * Zero leaks, in every engine: with every element used and interacted with, nothing calls
 * fetch/XMLHttpRequest/sendBeacon/WebSocket, nothing writes cookies, localStorage,
 * sessionStorage or IndexedDB. (Chromium request interception under a strict CSP is in
 * the `csp` route of scripts/consumers.mjs.) Module `import()`s of our own chunks are not fetch calls and are allowed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setLocale } from '../src/localization/index.js';
import { TAGS, create } from './fixtures.js';

const calls: string[] = [];
const originals: (() => void)[] = [];

function spy<T extends object>(obj: T, key: keyof T, label: string): void {
  const original = obj[key];
  if (typeof original !== 'function') return;
  (obj as Record<keyof T, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
    calls.push(label);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  originals.push(() => ((obj as Record<keyof T, unknown>)[key] = original));
}

describe('privacy: no network, no storage, no cookies', () => {
  before(() => {
    spy(window, 'fetch', 'fetch');
    spy(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest');
    spy(navigator, 'sendBeacon', 'sendBeacon');
    spy(Storage.prototype, 'setItem', 'Storage.setItem');
    spy(indexedDB, 'open', 'indexedDB.open');
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    if (cookie?.set) {
      Object.defineProperty(document, 'cookie', {
        configurable: true,
        get: () => cookie.get!.call(document),
        set: (v: string) => {
          calls.push('document.cookie');
          cookie.set!.call(document, v);
        },
      });
      originals.push(() => delete (document as unknown as Record<string, unknown>).cookie);
    }
    const OriginalWebSocket = window.WebSocket;
    window.WebSocket = class extends OriginalWebSocket {
      constructor(...args: ConstructorParameters<typeof WebSocket>) {
        calls.push('WebSocket');
        super(...args);
      }
    };
    originals.push(() => (window.WebSocket = OriginalWebSocket));
  });
  after(() => {
    for (const restore of originals.reverse()) restore();
  });

  it('uses every element and control without network or storage', async () => {
    await import('../src/all.js');
    // jurisdiction="XX" warns once by design; captured so the output stays clean (checked below).
    const restoreWarn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    originals.push(() => (console.warn = restoreWarn));
    const page = await fixture<HTMLElement>(
      html`<div>
        ${TAGS.map((tag) => create(tag))}
        ${create('kratom-legal-badge', { jurisdiction: 'US-FL', product: '7-oh', variant: null })}
        ${create('kratom-legal-badge', { jurisdiction: 'XX', variant: null })}
        ${create('kratom-alkaloid-explainer', { alkaloid: '7-oh' })}
      </div>`,
    );
    const wait = () => new Promise((r) => setTimeout(r, 20));
    await wait();
    const originalPrint = window.print;
    window.print = () => undefined;
    try {
      for (const el of page.children) {
        await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
        const root = el.shadowRoot!;
        for (const input of root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
          input.click();
          await wait();
        }
        for (const b of root.querySelectorAll<HTMLElement>('button, [role=tab]')) {
          b.click();
          await wait();
        }
      }
      await setLocale('es');
      await wait();
      await setLocale(null);
    } finally {
      window.print = originalPrint;
    }
    console.warn = restoreWarn;
    expect(warnings.filter((w) => !w.includes('no legal information for jurisdiction="XX"'))).to.deep.equal([]);
    expect(calls).to.deep.equal([]);
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
  });
});
