/** Shared test helpers. */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { getLocale, whenLocaleReady } from '../src/localization/index.js';

/** Sets `<html lang>` and waits until the widgets' locale is ready. */
export async function setPageLang(lang: string, expectedLocale?: string): Promise<void> {
  document.documentElement.setAttribute('lang', lang);
  await aTimeout(0);
  await whenLocaleReady();
  if (expectedLocale)
    await waitUntil(() => getLocale() === expectedLocale, `locale ${expectedLocale}`, { timeout: 5000 });
}

/** Collects console.warn calls while `fn` runs (it sees them as they arrive, e.g. to wait for one). */
export async function captureWarnings(fn: (seen: readonly string[]) => Promise<void> | void): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await fn(seen);
  } finally {
    console.warn = original;
  }
  return seen;
}

/** Visible text of an element's shadow root, whitespace-collapsed. */
export function shadowText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && parent.closest('[hidden]')) continue;
    parts.push(n.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Waits for an element's update and any lazy data it loads. */
export async function settle(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await el.updateComplete;
    await aTimeout(0);
  }
  await el.updateComplete;
}

/** Waits until `el` has rendered, including data it loads first (the legal badge's place data). */
export async function ready(el: HTMLElement & { updateComplete?: Promise<unknown>; status?: string }): Promise<void> {
  await settle(el);
  if (el.status === 'loading') {
    await waitUntil(() => el.status !== 'loading', `${el.localName} data`, { timeout: 5000 });
    await settle(el);
  }
}

/**
 * Runs `check` with print media emulated, where the engine can emulate it (Chromium must: there the
 * check always runs), then switches back to screen. Returns whether print was emulated.
 */
export async function withPrintMedia(check: () => void | Promise<void>): Promise<boolean> {
  let emulated = false;
  try {
    await emulateMedia({ media: 'print' });
    emulated = matchMedia('print').matches;
  } catch {
    emulated = false;
  }
  if (/Chrome\//.test(navigator.userAgent)) expect(emulated, 'print media emulated').to.equal(true);
  try {
    if (emulated) await check();
  } finally {
    if (emulated) await emulateMedia({ media: 'screen' });
  }
  return emulated;
}
