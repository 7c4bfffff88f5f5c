/**
 * The one owner of text direction for every kratom element.
 *
 * `directionOf(element)` resolves the direction to render with: the nearest `dir` attribute in the
 * light DOM (the element's own or an ancestor's), else the direction of the active locale.
 * `onDirectionChange(callback)` calls back when any `dir` attribute in the document changes (e.g.
 * a host app sets `<html dir="rtl">` on a running page), through one shared MutationObserver per
 * page, so elements that draw by direction (the diagram's layout, the checklist's root) re-render.
 */
import { isServer } from 'lit';
import { getLocaleDirection } from '../localization/index.js';

export type Direction = 'ltr' | 'rtl';

/** The direction `element` renders with (see the module doc). */
export function directionOf(element: Element): Direction {
  const attr = isServer ? undefined : element.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
  if (attr === 'rtl' || attr === 'ltr') return attr;
  return getLocaleDirection();
}

/** `true` when the page (the element or an ancestor) sets `dir="ltr"` or `dir="rtl"` itself. */
export function pageSetsDirection(element: Element): boolean {
  if (isServer) return false;
  const attr = element.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
  return attr === 'rtl' || attr === 'ltr';
}

const subscribers = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `callback` after any `dir` attribute in the document changed. Returns the unsubscribe function. */
export function onDirectionChange(callback: () => void): () => void {
  if (isServer || typeof MutationObserver === 'undefined') return () => undefined;
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const notify of [...subscribers]) {
        try {
          notify();
        } catch {
          // One element failing must not keep the others in the old direction.
        }
      }
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'], subtree: true });
  }
  subscribers.add(callback);
  return () => {
    subscribers.delete(callback);
    if (subscribers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
