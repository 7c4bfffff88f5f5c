/**
 * Code that elements load on the server as soon as their module is imported (the badge's place
 * picker, the publisher's help block), registered here so that the preload calls a server awaits
 * before it renders (`preloadLegalPlaces`, `loadLegalData`, `loadSourceEntries`; docs/ssr.md) also
 * wait for it: a server render after them always includes that code, never by a race. Browsers
 * register nothing (they wait for such code before an element's first render). Holds no content
 * and imports nothing.
 */
const pending = new Set<Promise<unknown>>();

/** Registers a load the server starts at import (a failed one counts as settled). */
export function serverPreload(load: Promise<unknown>): void {
  pending.add(load.catch(() => undefined));
}

/** `value` once every registered server load has settled too; `value` itself when none is registered. */
export function afterServerPreloads<T>(value: Promise<T>): Promise<T> {
  return pending.size ? Promise.all([value, ...pending]).then(([v]) => v) : value;
}
