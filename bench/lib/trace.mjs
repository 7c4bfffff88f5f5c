/**
 * `npm run bench -- --trace`: where a page's main-thread CPU goes, from a Chromium trace of one cold
 * load to final content. Each trace event's own thread time (its `tdur` minus that of the events
 * nested in it) is summed by event name on the renderer's main thread, so "RunMicrotasks" is the
 * script run in microtasks (Lit's updates), "ResourceFetcher::requestResource" the main thread's
 * share of starting each fetch (every `import()` of a chunk), "LocalFrameView::performLayout"
 * layout, and so on. One trace per page (tracing itself slows a page down): read the rows against
 * each other and against the static floor's column, not as milliseconds.
 */

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'loading',
];

/**
 * Traces one load of `url` in `tab` until `ready()` resolves; returns the main thread's own thread
 * time by event name (ms), the total, and how many fetches and frames (Paint) there were.
 */
export async function traceLoad(tab, url, ready) {
  await tab.tracing.start({ categories: CATEGORIES });
  await tab.goto(url, { waitUntil: 'load' });
  await ready();
  const events = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8')).traceEvents;
  // The page's renderer main thread: the one that parsed its HTML.
  const parse = events.find((e) => e.name === 'ParseHTML');
  const own = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const byName = new Map();
  for (const e of own) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) stack.at(-1).self -= e.tdur;
    e.self = e.tdur;
    stack.push(e);
  }
  for (const e of own) byName.set(e.name, (byName.get(e.name) ?? 0) + e.self / 1000);
  const count = (name) => own.filter((e) => e.name === name).length;
  return {
    byName,
    total: [...byName.values()].reduce((a, b) => a + b, 0),
    fetches: count('ResourceFetcher::requestResource'),
    frames: count('Paint'),
  };
}

/** A markdown table of the `top` largest rows of every page, pages as columns. */
export function traceTable(results, top = 12) {
  const pages = Object.keys(results);
  const names = new Set();
  for (const r of Object.values(results))
    [...r.byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .forEach(([n]) => names.add(n));
  const ms = (v) => (v ?? 0).toFixed(1);
  return [
    `| Main-thread event (own thread time, ms) | ${pages.join(' | ')} |`,
    `| --- |${pages.map(() => ' ---: |').join('')}`,
    ...[...names]
      .sort((a, b) => (results[pages[0]].byName.get(b) ?? 0) - (results[pages[0]].byName.get(a) ?? 0))
      .map((n) => `| ${n} | ${pages.map((p) => ms(results[p].byName.get(n))).join(' | ')} |`),
    `| **All traced events** | ${pages.map((p) => `**${ms(results[p].total)}**`).join(' | ')} |`,
    `| Fetches started (requestResource) | ${pages.map((p) => results[p].fetches).join(' | ')} |`,
    `| Frames painted (Paint events) | ${pages.map((p) => results[p].frames).join(' | ')} |`,
  ];
}

/** The mean of several `traceLoad` results of the same page. */
export function meanTrace(list) {
  const byName = new Map();
  for (const r of list) for (const [n, v] of r.byName) byName.set(n, (byName.get(n) ?? 0) + v / list.length);
  const mean = (k) => list.reduce((a, r) => a + r[k], 0) / list.length;
  return { byName, total: mean('total'), fetches: Math.round(mean('fetches')), frames: Math.round(mean('frames')) };
}
