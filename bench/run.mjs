#!/usr/bin/env node
/**
 * `npm run bench`: performance of kratom-widgets against the static-HTML floor and a peer library,
 * in Debian's Chromium driven over CDP (puppeteer-core). Not part of the test suite.
 *
 *   render       all four widgets (English, cold) vs the same rendered content as static HTML
 *                (declarative shadow DOM, same CSS, no JS) vs SSR output + hydration;
 *   mount        1, 10 and 100 instances of each widget on one page; the legal badge beside the
 *                equivalent Shoelace sl-badge + sl-details (peer), with bytes;
 *   interaction  checklist toggle → summary, diagram step change, at 4× CPU throttling;
 *   cls          layout shift of a realistic article (bench/pages/article.html) without and with
 *                the documented :not(:defined) sizing snippet, and server-rendered;
 *   locale       locale switch time and bytes fetched.
 *
 * Variants are interleaved trial by trial (rotating order) so the machine's drift cancels out of
 * the ratios; each ratio is a ratio of medians with a 95 % bootstrap CI over trial pairs.
 * Writes bench/results.md; raw samples go to node_modules/.cache/kratom-bench/results.json.
 *
 * Options: --quick (fewer trials, for trying the harness), --only render,mount,… (suites).
 * Chromium: CHROME_PATH or /usr/bin/chromium.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/lib/chromium.mjs';
import { buildBundles, fileBytes, listChunks } from './lib/build.mjs';
import { startServer } from './lib/server.mjs';
import { buildLitFloor, captureInPage } from './lib/lit-floor.mjs';
import { median, medianCI, ratioCI, quantile } from './lib/stats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(root, 'node_modules/.cache/kratom-bench');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only'));
const ONLY = onlyArg
  ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1]).split(',')
  : null;
const want = (suite) => !ONLY || ONLY.includes(suite);

/** Trial counts: sized so one full run stays under ~7 minutes on 2 cores (render: 30 trials per variant, as the
 * render ratio is the noisiest goal on a shared machine). */
const N = QUICK
  ? { render: 6, mount: 3, mountHeavy100: 1, interactPages: 2, interactPerPage: 8, interactCpu: 4, cls: 1, locale: 2 }
  : {
      render: 30,
      mount: 8,
      mountHeavy100: 3,
      interactPages: 4,
      interactPerPage: 15,
      interactCpu: 8,
      cls: 3,
      locale: 4,
    };
const started = Date.now();
const log = (...a) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s]`, ...a);

const WIDGETS = [
  '<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>',
  '<kratom-risk-checklist region="US" emergency-number="911"></kratom-risk-checklist>',
  '<kratom-alkaloid-explainer></kratom-alkaloid-explainer>',
  '<kratom-mechanism-diagram></kratom-mechanism-diagram>',
];
const TAGS = ['kratom-legal-badge', 'kratom-risk-checklist', 'kratom-alkaloid-explainer', 'kratom-mechanism-diagram'];
const PAGE_CSS =
  'body{margin:0 auto;max-inline-size:48rem;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}';
const page = ({ title, head = '', body }) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${PAGE_CSS}</style>${head}</head><body>${body}</body></html>`;
const script = (src) => `<script type="module" src="${src}"></script>`;

// ------------------------------------------------------------------------------------------- setup

log('building bundles from src/ (esbuild, minified, code-split) …');
const metafiles = await buildBundles(root, out);
const probe = readFileSync(path.join(here, 'lib/probe.js'), 'utf8');

log('server-rendering the widgets with @lit-labs/ssr …');
const ARTICLE = readFileSync(path.join(here, 'pages/article.html'), 'utf8');
const articleTags = [...new Set(ARTICLE.match(/<kratom-[a-z-]+[^>]*><\/kratom-[a-z-]+>/g) ?? [])];
function ssrRender(markups, shim) {
  const r = spawnSync(
    process.execPath,
    [
      path.join(here, 'lib/ssr-render.mjs'),
      path.join(out, 'node/kw-node.js'),
      JSON.stringify(markups),
      ...(shim ? ['--shim-closest'] : []),
    ],
    { encoding: 'utf8', cwd: root },
  );
  if (r.status !== 0) return { error: r.stderr.slice(0, 500), results: [] };
  return JSON.parse(r.stdout);
}
const ssrMarkups = [...new Set([...WIDGETS, ...articleTags])];
const ssrAsShipped = ssrRender(ssrMarkups, false);
const ssrShipFallbacks = ssrAsShipped.results.filter((r) => r.fallback).map((r) => r.markup.match(/<([a-z-]+)/)[1]);
const ssr = ssrShipFallbacks.length ? ssrRender(ssrMarkups, true) : ssrAsShipped;
const ssrHtml = new Map(ssr.results.filter((r) => !r.fallback).map((r) => [r.markup, r.html]));
const ssrAvailable = ssrMarkups.every((m) => ssrHtml.has(m));
log(
  ssrAvailable
    ? `SSR ok${ssr.shim ? ` (with the closest() shim; as shipped, fallback for ${ssrShipFallbacks.join(', ')})` : ''}`
    : `SSR not available: ${
        ssr.error ??
        ssr.results
          .filter((r) => r.fallback)
          .map((r) => r.error ?? r.markup)
          .join(' | ')
      }`,
);

const server = await startServer({ out, root });
const origin = server.origin;
const browser = await launchChromium({
  defaultViewport: { width: 1280, height: 800 },
  args: [
    '--disable-extensions',
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
  ],
});
const chromiumVersion = await browser.version();

/** A fresh browser context (empty HTTP and code caches: a cold visit) with one page. */
async function coldPage(viewport) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  if (viewport) await tab.setViewport(viewport);
  await tab.evaluateOnNewDocument(probe);
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  return { tab, cdp, errors, close: () => context.close() };
}

/**
 * CPU time (ms) of the page's renderer: `thread` = its main thread, `process` = all its threads
 * (parsing on background threads, compositor, raster). CPU time, unlike wall time, barely moves
 * when other processes compete for the 2 cores, so it is the steadier measure on a noisy machine.
 */
async function cpuTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  return { thread: get('ThreadTime'), process: get('ProcessTime') };
}

async function waitReady(tab, timeout = 30000) {
  await tab.waitForFunction(() => window.__bench && window.__bench.ready !== null, { timeout, polling: 50 });
  // Paint timing is delivered after the frame: let the frame that had the content paint first.
  await tab.evaluate(
    () =>
      new Promise((resolve) => {
        const until = performance.now() + 1000;
        const poll = () =>
          window.__bench.fcp !== null || performance.now() > until ? resolve() : setTimeout(poll, 10);
        requestAnimationFrame(() => setTimeout(poll, 0));
      }),
  );
}

/** Transfer bytes (encoded body) of every resource the page fetched, by URL path. */
const resourceBytes = (tab) =>
  tab.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return [
      { name: new URL(location.href).pathname, bytes: nav?.encodedBodySize ?? 0, start: 0 },
      ...performance
        .getEntriesByType('resource')
        .map((e) => ({ name: new URL(e.name).pathname, bytes: e.encodedBodySize, start: e.startTime })),
    ];
  });

const results = {
  meta: {},
  render: null,
  mount: null,
  peer: null,
  interaction: null,
  cls: null,
  locale: null,
  bytes: null,
};
const failures = [];

// -------------------------------------------------------------------- capture: static floor + peer

const renderList = (list) => list.join('\n');
server.setPage(
  'components.html',
  page({ title: 'Components', head: script('/b/kw/kw.js'), body: renderList(WIDGETS) }),
);

/** Each rendered widget: tag, attributes, adopted CSS and shadow DOM (bench/lib/lit-floor.mjs). */
async function captureWidgets() {
  const { tab, close } = await coldPage();
  await tab.goto(`${origin}/p/components.html`, { waitUntil: 'networkidle0' });
  await waitReady(tab);
  await tab.evaluate(
    (tags) => Promise.all([...document.querySelectorAll(tags.join(','))].map((e) => e.updateComplete)),
    TAGS,
  );
  const captured = await tab.evaluate(`(${captureInPage})(${JSON.stringify(TAGS)})`);
  await close();
  return captured;
}

/** Declarative shadow DOM with the styles inlined: the widget as static HTML. */
const asStatic = (w) =>
  `<${w.tag} ${w.attrs}><template shadowrootmode="open"><style>${w.css}</style>${w.html}</template></${w.tag}>`;

log('capturing the static-HTML floor (rendered shadow DOM + CSS, no JS) and building the Lit floor …');
const capturedWidgets = await captureWidgets();
server.setPage('static.html', page({ title: 'Static floor', body: renderList(capturedWidgets.map(asStatic)) }));
await buildLitFloor({
  root,
  outfile: path.join(out, 'b/lit-floor/lit-floor.js'),
  elements: Object.fromEntries(
    capturedWidgets.map((w) => [w.tag, { css: w.css, instances: { '': { html: w.html } } }]),
  ),
});
server.setPage(
  'lit-floor.html',
  page({ title: 'Lit floor', head: script('/b/lit-floor/lit-floor.js'), body: renderList(WIDGETS) }),
);
if (ssrAvailable) {
  server.setPage(
    'ssr.html',
    page({
      title: 'SSR',
      head: script('/b/kw-hydrate/kw-hydrate.js'),
      body: renderList(WIDGETS.map((w) => ssrHtml.get(w))),
    }),
  );
}

// ----------------------------------------------------------------------------------------- render

async function loadTrial(name) {
  const { tab, cdp, errors, close } = await coldPage();
  try {
    await tab.goto(`${origin}/p/${name}.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__bench && window.__bench.ready !== null, { timeout: 30000, polling: 20 });
    const cpu = await cpuTime(cdp); // renderer CPU time up to (just after) final content
    await waitReady(tab);
    const m = await tab.evaluate(() => ({
      fcp: window.__bench.fcp,
      ready: window.__bench.ready,
      dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? NaN,
    }));
    const bytes = await resourceBytes(tab);
    return {
      ...m,
      cpu: cpu.thread,
      cpuAll: cpu.process,
      bytes: bytes.reduce((s, r) => s + r.bytes, 0),
      files: bytes,
      errors,
    };
  } catch (error) {
    return {
      fcp: NaN,
      ready: NaN,
      cpu: NaN,
      cpuAll: NaN,
      bytes: NaN,
      files: [],
      errors: [`${name}: ${String(error).slice(0, 200)}`],
    };
  } finally {
    await close();
  }
}

if (want('render')) {
  const variants = ['components', 'static', 'litfloor', ...(ssrAvailable ? ['ssr'] : [])];
  log(`render: ${N.render} cold trials × ${variants.length} variants, interleaved …`);
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  for (let i = 0; i < N.render + 1; i++) {
    const order = variants.map((_, k) => variants[(k + i) % variants.length]);
    for (const v of order) {
      const r = await loadTrial(v === 'litfloor' ? 'lit-floor' : v);
      if (i > 0) samples[v].push(r); // trial 0 warms the OS file cache and the server's gzip cache
      if (r.errors.length) failures.push(`render/${v}: ${r.errors.join(' | ')}`);
    }
  }
  const col = (v, k) => samples[v].map((s) => s[k]);
  results.render = {
    samples,
    ready: Object.fromEntries(variants.map((v) => [v, medianCI(col(v, 'ready'))])),
    fcp: Object.fromEntries(variants.map((v) => [v, medianCI(col(v, 'fcp'))])),
    bytes: Object.fromEntries(variants.map((v) => [v, median(col(v, 'bytes'))])),
    files: Object.fromEntries(variants.map((v) => [v, samples[v][0]?.files ?? []])),
    cpu: Object.fromEntries(variants.map((v) => [v, medianCI(col(v, 'cpu'))])),
    cpuAll: Object.fromEntries(variants.map((v) => [v, medianCI(col(v, 'cpuAll'))])),
    ratioReady: ratioCI(col('components', 'ready'), col('static', 'ready')),
    ratioFcp: ratioCI(col('components', 'fcp'), col('static', 'fcp')),
    ratioCpu: ratioCI(col('components', 'cpu'), col('static', 'cpu')),
    ratioCpuAll: ratioCI(col('components', 'cpuAll'), col('static', 'cpuAll')),
    // The Lit floor: what plain Lit stamping the same DOM costs, against static and against ours.
    floorRatioCpu: ratioCI(col('litfloor', 'cpu'), col('static', 'cpu')),
    floorRatioReady: ratioCI(col('litfloor', 'ready'), col('static', 'ready')),
    overFloorCpu: ratioCI(col('components', 'cpu'), col('litfloor', 'cpu')),
    ssrRatioFcp: ssrAvailable ? ratioCI(col('ssr', 'fcp'), col('static', 'fcp')) : null,
    ssrRatioReady: ssrAvailable ? ratioCI(col('ssr', 'ready'), col('static', 'ready')) : null,
    ssrRatioCpu: ssrAvailable ? ratioCI(col('ssr', 'cpu'), col('static', 'cpu')) : null,
    ssrVsClientReady: ssrAvailable ? ratioCI(col('ssr', 'ready'), col('components', 'ready')) : null,
  };
}

// ------------------------------------------------------------------------------------------ mount

server.setPage('mount-kw.html', page({ title: 'Mount', head: script('/b/kw/kw.js'), body: '<div id="host"></div>' }));
server.setPage(
  'mount-badge.html',
  page({ title: 'Mount badge', head: script('/b/kw-legal-badge/kw-legal-badge.js'), body: '<div id="host"></div>' }),
);
server.setPage(
  'mount-litfloor.html',
  page({
    title: 'Mount Lit floor',
    head: script('/b/lit-floor-badges/lit-floor-badges.js'),
    body: '<div id="host"></div>',
  }),
);
server.setPage('mount-static.html', page({ title: 'Mount static floor', body: '<div id="host"></div>' }));
server.setPage(
  'mount-sl.html',
  page({
    title: 'Mount peer',
    head: `<link rel="stylesheet" href="/sl/light.css">${script('/b/sl-peer/sl-peer.js')}`,
    body: '<div id="host"></div>',
  }),
);

/**
 * Mounts `n` instances in a fresh page whose bundle is loaded and whose elements are defined but
 * never rendered yet. Timed: append → every instance rendered (updateComplete, legal data in) →
 * forced style + layout. `frame` adds the wait for the next frame.
 */
async function mountTrial(pageName, kind, n, peerRows) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  try {
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    await tab.goto(`${origin}/p/${pageName}.html`, { waitUntil: 'load' });
    const bundle =
      pageName === 'mount-kw'
        ? '/b/kw/kw.js'
        : pageName === 'mount-badge'
          ? '/b/kw-legal-badge/kw-legal-badge.js'
          : pageName === 'mount-litfloor'
            ? '/b/lit-floor-badges/lit-floor-badges.js'
            : null;
    const isStatic = pageName === 'mount-static';
    // Not timed: data preload, definitions, and the markup parsed into an inert template.
    await tab.evaluate(
      async (kind, n, peerRows, bundle, isStatic) => {
        const api = bundle ? await import(bundle) : null;
        if (api?.loadLegalData) await api.loadLegalData(); // preloaded: not part of the timed mount
        const tags = {
          badge: ['kratom-legal-badge'],
          checklist: ['kratom-risk-checklist'],
          explainer: ['kratom-alkaloid-explainer'],
          diagram: ['kratom-mechanism-diagram'],
          peer: ['sl-badge', 'sl-details'],
        }[kind];
        if (!isStatic) await Promise.all(tags.map((t) => customElements.whenDefined(t)));
        let markup = '';
        if (kind === 'badge' || kind === 'peer') {
          let rows = '';
          for (let i = 0; i < n; i++) {
            const p = peerRows[i % peerRows.length];
            rows +=
              kind === 'badge'
                ? `<tr><th>${p.place}</th><td>${isStatic ? p.static : `<kratom-legal-badge jurisdiction="${p.code}"></kratom-legal-badge>`}</td></tr>`
                : `<tr><th>${p.place}</th><td><sl-badge variant="${p.variant}">${p.word}</sl-badge> <sl-details summary="Details">${p.details}</sl-details></td></tr>`;
          }
          markup = `<table><tbody>${rows}</tbody></table>`;
        } else {
          markup =
            `<${tags[0]}${kind === 'checklist' ? ' region="US" emergency-number="911"' : ''}></${tags[0]}>`.repeat(n);
        }
        let content;
        if (isStatic) {
          // Declarative shadow roots are attached while parsing: parse now, insert when timed.
          const doc = Document.parseHTMLUnsafe(`<body>${markup}</body>`);
          content = document.createDocumentFragment();
          content.append(...[...doc.body.childNodes].map((node) => document.adoptNode(node)));
        } else {
          const tpl = document.createElement('template');
          tpl.innerHTML = markup;
          content = tpl.content;
        }
        window.__mount = { content, tags, isStatic };
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      },
      kind,
      n,
      peerRows,
      bundle,
      isStatic,
    );
    const before = await cpuTime(cdp);
    const r = await tab.evaluate(async () => {
      const { content, tags, isStatic } = window.__mount;
      const host = document.getElementById('host');
      const t0 = performance.now();
      host.append(content);
      const els = [...host.querySelectorAll(tags.join(','))];
      for (let i = 0; i < (isStatic ? 0 : 50); i++) {
        const done = await Promise.all(els.map((e) => e.updateComplete));
        if (done.every(Boolean) && els.every((e) => e.localName !== 'kratom-legal-badge' || e.status !== 'loading'))
          break;
        await Promise.resolve();
      }
      host.getBoundingClientRect();
      document.body.getBoundingClientRect(); // forces style + layout
      const t1 = performance.now();
      const ok = els.every((e) => e.shadowRoot && e.shadowRoot.childNodes.length > 0);
      // What a reader sees in the first instance: the floors must show the same as the widget.
      const shown = [...(els[0]?.shadowRoot?.childNodes ?? [])].filter((node) => node.localName !== 'style');
      const text = shown
        .map((node) => node.textContent)
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      return { work: t1 - t0, ok, count: els.length, text };
    });
    const after = await cpuTime(cdp);
    return { ...r, cpu: after.thread - before.thread };
  } catch (error) {
    return { work: NaN, cpu: NaN, ok: false, count: 0, error: String(error).slice(0, 200) };
  } finally {
    await context.close();
  }
}

/** Place, status word and flattened details of each covered jurisdiction, for the peer's markup. */
async function capturePeerRows() {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/p/mount-kw.html`, { waitUntil: 'load' });
  const rows = await tab.evaluate(async () => {
    const { loadLegalData, placeName } = await import('/b/kw/kw.js');
    const data = await loadLegalData();
    const codes = data.COVERED_CODES.slice(0, 100);
    const host = document.getElementById('host');
    const variantOf = { legal: 'success', regulated: 'primary', restricted: 'warning', banned: 'danger' };
    const out = [];
    for (const code of codes) {
      const el = document.createElement('kratom-legal-badge');
      el.setAttribute('jurisdiction', code);
      host.append(el);
      while (el.status === 'loading' || !(await el.updateComplete)) await new Promise((r) => setTimeout(r));
      const root = el.shadowRoot;
      const details = root.querySelector('.details');
      const strip = (s) => s.replace(/<!--\?lit\$\d+\$-->|<!---->/g, '');
      out.push({
        code,
        place: placeName(code),
        // For the floors: the closed badge's shadow DOM and stylesheet text.
        shadow: strip(root.getHTML()),
        css: [...root.adoptedStyleSheets]
          .map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n'))
          .join('\n'),
        word: root.querySelector('[part~="status"]').textContent.trim(),
        variant: variantOf[el.status] ?? 'neutral',
        details: details ? strip(details.getHTML()) : '',
      });
      el.remove();
    }
    return out;
  });
  await context.close();
  return rows;
}

if (want('mount')) {
  log('mount: capturing peer and floor markup …');
  const peerRows = await capturePeerRows();
  // Floors for the badge table: the captured badges as static HTML (declarative shadow DOM, no JS),
  // and as plain Lit elements stamping the same DOM (the place name as their one binding).
  for (const p of peerRows)
    p.static = asStatic({ tag: 'kratom-legal-badge', attrs: `jurisdiction="${p.code}"`, css: p.css, html: p.shadow });
  await buildLitFloor({
    root,
    outfile: path.join(out, 'b/lit-floor-badges/lit-floor-badges.js'),
    elements: {
      'kratom-legal-badge': {
        css: peerRows[0].css,
        keyAttribute: 'jurisdiction',
        instances: Object.fromEntries(peerRows.map((p) => [p.code, { html: p.shadow, hole: p.place }])),
      },
    },
  });
  const sizes = [1, 10, 100];
  const kinds = [
    ['badge', 'mount-kw'],
    ['checklist', 'mount-kw'],
    ['explainer', 'mount-kw'],
    ['diagram', 'mount-kw'],
    ['badge-only', 'mount-badge'],
    ['peer', 'mount-sl'],
    ['badge-litfloor', 'mount-litfloor'],
    ['badge-static', 'mount-static'],
  ];
  // What each page needs of the captured rows (the stylesheet text only inside the static markup).
  const rowsFor = (pageName) =>
    peerRows.map((p) => ({
      code: p.code,
      place: p.place,
      word: p.word,
      variant: p.variant,
      details: p.details,
      ...(pageName === 'mount-static' ? { static: p.static } : {}),
    }));
  log(`mount: ${N.mount} trials × ${kinds.length} kinds × ${sizes.join('/')} instances …`);
  const samples = {};
  // 100 explainers, diagrams or checklists on one page is not a real page and takes seconds per
  // trial: fewer trials there (N.mountHeavy100) keep the run short.
  const heavy = new Set(['checklist', 'explainer', 'diagram']);
  for (let t = 0; t < N.mount; t++) {
    for (const n of sizes) {
      const order = kinds.map((_, k) => kinds[(k + t) % kinds.length]);
      for (const [kind, pageName] of order) {
        if (n === 100 && heavy.has(kind) && t >= N.mountHeavy100) continue;
        const r = await mountTrial(pageName, kind.startsWith('badge') ? 'badge' : kind, n, rowsFor(pageName));
        if (!r.ok || r.count < n) failures.push(`mount/${kind}/${n}: rendered ${r.count}, ok=${r.ok} ${r.error ?? ''}`);
        (samples[`${kind}:${n}`] ??= []).push(r);
      }
    }
  }
  for (const kind of ['badge-litfloor', 'badge-static', 'badge-only']) {
    const want = samples['badge:1']?.[0]?.text;
    const got = samples[`${kind}:1`]?.[0]?.text;
    if (want !== got)
      failures.push(`mount/${kind}: first badge shows "${got?.slice(0, 120)}", the widget "${want?.slice(0, 120)}"`);
  }
  const stat = (key, field = 'work') => medianCI(samples[key].map((s) => s[field]));
  const growth = (kind, a, b, field = 'cpu') =>
    ratioCI(
      samples[`${kind}:${b}`].map((s) => s[field]),
      samples[`${kind}:${a}`].map((s) => s[field]),
    );
  results.mount = {
    samples,
    table: Object.fromEntries(
      kinds.map(([kind]) => [
        kind,
        Object.fromEntries(sizes.map((n) => [n, { work: stat(`${kind}:${n}`), cpu: stat(`${kind}:${n}`, 'cpu') }])),
      ]),
    ),
    growth: Object.fromEntries(
      kinds.map(([kind]) => [kind, { g10: growth(kind, 1, 10), g100: growth(kind, 10, 100) }]),
    ),
    peerRatio: Object.fromEntries(
      sizes.map((n) => [
        n,
        {
          work: ratioCI(
            samples[`badge-only:${n}`].map((s) => s.work),
            samples[`peer:${n}`].map((s) => s.work),
          ),
          cpu: ratioCI(
            samples[`badge-only:${n}`].map((s) => s.cpu),
            samples[`peer:${n}`].map((s) => s.cpu),
          ),
        },
      ]),
    ),
  };
}

// ------------------------------------------------------------------------------------ interaction

server.setPage(
  'interact.html',
  page({
    title: 'Interaction',
    head: script('/b/kw/kw.js'),
    // The plain button is the floor for Event Timing: a click with no handler at all.
    body: '<button id="noop" type="button">No-op</button><kratom-risk-checklist region="US" emergency-number="911"></kratom-risk-checklist><kratom-mechanism-diagram></kratom-mechanism-diagram>',
  }),
);

if (want('interaction')) {
  log(
    `interaction: ${N.interactPages} pages × ${N.interactPerPage} actions each, unthrottled (CPU) and 4× throttled …`,
  );
  const samples = { toggle: [], step: [], noop: [], toggleCpu: [], stepCpu: [], toggleTrusted: [], stepTrusted: [] };
  /** Click → element updated → forced style + layout ("work"); then the next frame ("frame"). */
  const toggleOnce = (tab, id) =>
    tab.evaluate(async (id) => {
      const el = document.querySelector('kratom-risk-checklist');
      const cb = el.shadowRoot.querySelector(`input[data-id="${id}"]`);
      const status = () => el.shadowRoot.querySelector('[part="summary-status"]').textContent;
      const before = status();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t0 = performance.now();
      cb.click();
      await el.updateComplete;
      document.body.getBoundingClientRect(); // forces style + layout
      const t1 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { work: t1 - t0, frame: performance.now() - t0, changed: status() !== before };
    }, id);
  const stepOnce = (tab) =>
    tab.evaluate(async () => {
      const el = document.querySelector('kratom-mechanism-diagram');
      // Sweep back and forth through every step, so every click really changes the step.
      if (el.step >= el.stepCount - 1) window.__stepDir = -1;
      else if (el.step <= 0 || !window.__stepDir) window.__stepDir = 1;
      const button = el.shadowRoot.querySelector(`[part~="${window.__stepDir > 0 ? 'next' : 'previous'}"]`);
      const caption = () => el.shadowRoot.querySelector('[part="caption"]').dataset.stepId;
      const before = caption();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t0 = performance.now();
      button.click();
      await el.updateComplete;
      document.body.getBoundingClientRect(); // forces style + layout
      const t1 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { work: t1 - t0, frame: performance.now() - t0, changed: caption() !== before };
    });
  /** The floor: the same round trip for a click on a plain button with no handler. */
  const noopOnce = (tab) =>
    tab.evaluate(async () => {
      const button = document.getElementById('noop');
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t0 = performance.now();
      button.click();
      document.body.getBoundingClientRect(); // forces style + layout
      const t1 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { work: t1 - t0, frame: performance.now() - t0, changed: true };
    });
  /** The same round trip as an interaction, with no click. */
  const idleOnce = (tab) =>
    tab.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      document.body.getBoundingClientRect(); // forces style + layout
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    });
  /** Waits until 300 ms after the next frame: transitions started by a click have ended by then. */
  const settle = (tab) => tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
  for (let p = 0; p < N.interactPages; p++) {
    const { tab, cdp, errors, close } = await coldPage();
    try {
      await tab.goto(`${origin}/p/interact.html`, { waitUntil: 'load' });
      await waitReady(tab);
      const ids = await tab.evaluate(() =>
        [...document.querySelector('kratom-risk-checklist').shadowRoot.querySelectorAll('input[type=checkbox]')].map(
          (i) => i.dataset.id,
        ),
      );
      // 1. Unthrottled: main-thread CPU time of each whole interaction (handler, render, style,
      //    layout, paint of the next frame). CPU throttling pauses the thread, so CPU time is only
      //    meaningful unthrottled; 4 × this is the contention-free estimate of the throttled cost.
      // The harness' own cost (CDP calls, evaluate, frames) over the same span, without a click.
      const idle = [];
      for (let i = 0; i < 3; i++) {
        const a = await cpuTime(cdp);
        await idleOnce(tab);
        await settle(tab);
        idle.push((await cpuTime(cdp)).thread - a.thread);
      }
      const baseline = median(idle);
      const cpuOf = async (action) => {
        const a = await cpuTime(cdp);
        const result = await action();
        await settle(tab);
        return { result, cpu: (await cpuTime(cdp)).thread - a.thread - baseline };
      };
      for (let i = 0; i < N.interactCpu; i++) {
        const t = await cpuOf(() => toggleOnce(tab, ids[i % ids.length]));
        samples.toggleCpu.push(t.cpu);
        if (!t.result.changed) failures.push('interaction: checklist summary did not change');
        const s = await cpuOf(() => stepOnce(tab));
        samples.stepCpu.push(s.cpu);
        if (!s.result.changed) failures.push('interaction: diagram caption did not change');
      }
      // 2. Throttled 4×: wall time of the same interactions.
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      for (let i = 0; i < N.interactPerPage; i++) {
        const t = await toggleOnce(tab, ids[(i + 3) % ids.length]);
        const s = await stepOnce(tab);
        if (!t.changed) failures.push('interaction (4×): checklist summary did not change');
        if (!s.changed) failures.push('interaction (4×): diagram caption did not change');
        samples.toggle.push(t);
        samples.step.push(s);
        samples.noop.push(await noopOnce(tab));
      }
      // 3. Throttled 4×, trusted clicks (CDP Input) watched with Event Timing, the API behind INP:
      //    count interactions whose duration (input to next paint) exceeds 16 ms.
      await tab.evaluate(() => {
        window.__events = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) if (e.name === 'click') window.__events.push(e.duration);
        }).observe({ type: 'event', durationThreshold: 16, buffered: false });
      });
      const trusted = async (selectorFn, arg) => {
        const handle = await tab.evaluateHandle(selectorFn, arg);
        await handle.click();
        await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
        await handle.dispose();
      };
      let before = await tab.evaluate(() => window.__events.length);
      for (let i = 0; i < N.interactPerPage; i++) {
        await trusted(
          (id) => document.querySelector('kratom-risk-checklist').shadowRoot.querySelector(`input[data-id="${id}"]`),
          ids[i % ids.length],
        );
      }
      const slowToggles = (await tab.evaluate(() => window.__events.slice())).slice(before);
      before = await tab.evaluate(() => window.__events.length);
      for (let i = 0; i < N.interactPerPage; i++) {
        await trusted(() => {
          const el = document.querySelector('kratom-mechanism-diagram');
          return el.shadowRoot.querySelector(`[part~="${el.step >= el.stepCount - 1 ? 'previous' : 'next'}"]`);
        });
      }
      const slowSteps = (await tab.evaluate(() => window.__events.slice())).slice(before);
      before = await tab.evaluate(() => window.__events.length);
      for (let i = 0; i < N.interactPerPage; i++) await trusted(() => document.getElementById('noop'));
      const slowNoop = (await tab.evaluate(() => window.__events.slice())).slice(before);
      samples.toggleTrusted.push({ n: N.interactPerPage, slow: slowToggles });
      samples.stepTrusted.push({ n: N.interactPerPage, slow: slowSteps });
      (samples.noopTrusted ??= []).push({ n: N.interactPerPage, slow: slowNoop });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      if (errors.length) failures.push(`interaction: ${errors.join(' | ')}`);
    } catch (error) {
      failures.push(`interaction: ${String(error).slice(0, 200)}`);
    } finally {
      await close();
    }
  }
  const slowShare = (list) => {
    const total = list.reduce((s, x) => s + x.n, 0);
    const slow = list.flatMap((x) => x.slow);
    return { total, slow: slow.length, worst: slow.length ? Math.max(...slow) : 0, median: median(slow) };
  };
  const p90 = (list) =>
    quantile(
      list.map((s) => s.work).sort((a, b) => a - b),
      0.9,
    );
  results.interaction = {
    samples,
    toggle: medianCI(samples.toggle.map((s) => s.work)),
    toggleP90: p90(samples.toggle),
    toggleFrame: medianCI(samples.toggle.map((s) => s.frame)),
    toggleCpu: medianCI(samples.toggleCpu),
    step: medianCI(samples.step.map((s) => s.work)),
    stepP90: p90(samples.step),
    stepFrame: medianCI(samples.step.map((s) => s.frame)),
    stepCpu: medianCI(samples.stepCpu),
    noop: medianCI(samples.noop.map((s) => s.work)),
    noopFrame: medianCI(samples.noop.map((s) => s.frame)),
    toggleEvents: slowShare(samples.toggleTrusted),
    stepEvents: slowShare(samples.stepTrusted),
    noopEvents: slowShare(samples.noopTrusted ?? []),
  };
}

// ------------------------------------------------------------------------------------------- CLS

const articleScript = (src) => ARTICLE.replace('<!-- bench:script -->', script(src));
server.setPage(
  'article-plain.html',
  articleScript('/b/kw/kw.js').replace(/\n\s*<style id="kratom-sizing">[\s\S]*?<\/style>/, ''),
);
server.setPage('article-sizing.html', articleScript('/b/kw/kw.js'));
if (ssrAvailable) {
  let ssrArticle = ARTICLE.replace('<!-- bench:script -->', script('/b/kw-hydrate/kw-hydrate.js'));
  for (const m of articleTags) ssrArticle = ssrArticle.replace(m, ssrHtml.get(m));
  server.setPage('article-ssr.html', ssrArticle);
}

if (want('cls')) {
  const variants = ['article-plain', 'article-sizing', ...(ssrAvailable ? ['article-ssr'] : [])];
  const viewports = [
    { name: 'desktop 1280×800', width: 1280, height: 800 },
    { name: 'mobile 390×844', width: 390, height: 844 },
  ];
  log(`cls: ${N.cls} cold loads × ${variants.length} variants × ${viewports.length} viewports …`);
  const samples = {};
  for (let t = 0; t < N.cls; t++) {
    for (const vp of viewports) {
      for (const v of variants) {
        const { tab, errors, close } = await coldPage({ width: vp.width, height: vp.height });
        try {
          await tab.goto(`${origin}/p/${v}.html`, { waitUntil: 'load' });
          await waitReady(tab);
          // Late shifts (lazy chunks, fonts): wait a little past the last frame with content.
          await tab.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => r()), 700)));
          const r = await tab.evaluate(() => ({
            cls: window.__bench.cls(),
            shifts: window.__bench.shifts,
            ready: window.__bench.ready,
          }));
          (samples[`${v}|${vp.name}`] ??= []).push(r);
          if (errors.length) failures.push(`cls/${v}: ${errors.join(' | ')}`);
        } catch (error) {
          failures.push(`cls/${v}/${vp.name}: ${String(error).slice(0, 200)}`);
        } finally {
          await close();
        }
      }
    }
  }
  // Each widget's rendered height at each viewport, to check the sizing snippet against.
  const heights = {};
  for (const vp of viewports) {
    const { tab, close } = await coldPage({ width: vp.width, height: vp.height });
    await tab.goto(`${origin}/p/article-plain.html`, { waitUntil: 'load' });
    await waitReady(tab).catch((e) => failures.push(`cls heights: ${String(e).slice(0, 120)}`));
    heights[vp.name] = await tab.evaluate((tags) => {
      const o = {};
      for (const t of tags) {
        const r = document.querySelector(t).getBoundingClientRect();
        o[t] = { h: Math.round(r.height), w: Math.round(r.width), top: Math.round(r.top + scrollY) };
      }
      return o;
    }, TAGS);
    await close();
  }
  results.cls = { samples, variants, viewports: viewports.map((v) => v.name), heights };
}

// ---------------------------------------------------------------------------------------- locale

if (want('locale')) {
  const targets = ['de', 'ar', 'th'];
  log(`locale: ${N.locale} trials × ${targets.length} locales (+ back to en) …`);
  const samples = {};
  for (let t = 0; t < N.locale; t++) {
    for (const lang of targets) {
      const { tab, cdp, errors, close } = await coldPage();
      try {
        await tab.goto(`${origin}/p/components.html`, { waitUntil: 'networkidle0' });
        await waitReady(tab);
        for (const to of [lang, 'en']) {
          const cpu0 = await cpuTime(cdp);
          const r = await tab.evaluate(
            async (to, tags) => {
              const els = [...document.querySelectorAll(tags.join(','))];
              const word = () => els[0].shadowRoot.querySelector('[part~="status"]').textContent.trim();
              const before = word();
              const mark = performance.getEntriesByType('resource').length;
              const changed = new Promise((r) => window.addEventListener('kratom-locale-change', r, { once: true }));
              const t0 = performance.now();
              document.documentElement.lang = to;
              await changed;
              for (let i = 0; i < 20; i++) {
                if ((await Promise.all(els.map((e) => e.updateComplete))).every(Boolean)) break;
              }
              document.body.getBoundingClientRect(); // forces style + layout
              const t1 = performance.now();
              await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
              const fetched = performance
                .getEntriesByType('resource')
                .slice(mark)
                .map((e) => ({ name: new URL(e.name).pathname, bytes: e.encodedBodySize }));
              return { ms: t1 - t0, frame: performance.now() - t0, fetched, changed: word() !== before, word: word() };
            },
            to,
            TAGS,
          );
          r.cpu = (await cpuTime(cdp)).thread - cpu0.thread;
          if (!r.changed) failures.push(`locale: badge text did not change for ${to}`);
          (samples[`${lang}->${to}`] ??= []).push(r);
        }
        if (errors.length) failures.push(`locale/${lang}: ${errors.join(' | ')}`);
      } finally {
        await close();
      }
    }
  }
  results.locale = {
    samples,
    table: Object.fromEntries(
      Object.entries(samples).map(([k, list]) => [
        k,
        {
          ms: medianCI(list.map((s) => s.ms)),
          cpu: medianCI(list.map((s) => s.cpu)),
          bytes: median(list.map((s) => s.fetched.reduce((a, f) => a + f.bytes, 0))),
          files: list[0].fetched.map((f) => path.basename(f.name)),
        },
      ]),
    ),
  };
}

await browser.close();
await server.close();

// ----------------------------------------------------------------------------------------- bytes

{
  const bundleDir = (name) => path.join(out, 'b', name);
  // Locale chunks are parts (shared + one per element) named after the part: find them by source.
  const localeOf = new Map();
  for (const meta of Object.values(metafiles)) {
    for (const [file, output] of Object.entries(meta.outputs)) {
      const src = Object.keys(output.inputs).find((i) => /src\/generated\/locales\/[^/]+\/[^/]+\.ts$/.test(i));
      if (src) localeOf.set(path.resolve(root, file), src.split('/').slice(-2, -1)[0]);
    }
  }
  const kind = (f) => {
    const b = path.basename(f);
    if (localeOf.has(path.resolve(f))) return 'locale';
    if (/^data-/.test(b)) return 'legal data';
    if (/mitragynine/.test(b)) return 'structure drawing';
    return 'code';
  };
  const sum = (files) => files.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const describe = (name) => {
    const files = listChunks(bundleDir(name)).map((f) => ({
      file: path.relative(bundleDir(name), f),
      kind: kind(f),
      ...fileBytes(f),
    }));
    return {
      files,
      byKind: Object.fromEntries(
        ['code', 'locale', 'legal data', 'structure drawing'].map((k) => [k, sum(files.filter((f) => f.kind === k))]),
      ),
    };
  };
  const lightCss = fileBytes(path.join(root, 'node_modules/@shoelace-style/shoelace/dist/themes/light.css'));
  results.bytes = {
    kw: describe('kw'),
    badge: describe('kw-legal-badge'),
    peer: { js: fileBytes(path.join(bundleDir('sl-peer'), 'sl-peer.js')), css: lightCss },
    // Per locale: all its parts (what a page with all four widgets fetches).
    locales: listChunks(bundleDir('kw'))
      .filter((f) => kind(f) === 'locale')
      .reduce((acc, f) => {
        const locale = localeOf.get(path.resolve(f));
        const b = fileBytes(f);
        acc[locale] = { raw: (acc[locale]?.raw ?? 0) + b.raw, gzip: (acc[locale]?.gzip ?? 0) + b.gzip };
        return acc;
      }, {}),
  };
}

// --------------------------------------------------------------------------------------- report

const cpuModel = (() => {
  try {
    return (
      readFileSync('/proc/cpuinfo', 'utf8')
        .match(/model name\s*:\s*(.*)/)?.[1]
        ?.trim() ?? cpus()[0]?.model
    );
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
})();
const nproc = (() => {
  try {
    return execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    return String(cpus().length);
  }
})();
results.meta = {
  date: new Date().toISOString(),
  nproc,
  cpuModel,
  chromium: chromiumVersion,
  node: process.version,
  loadavg: loadavg()
    .map((x) => x.toFixed(2))
    .join(' '),
  quick: QUICK,
  seconds: Math.round((Date.now() - started) / 1000),
  ssr: { available: ssrAvailable, shim: Boolean(ssr.shim), fallbacksAsShipped: ssrShipFallbacks },
  failures,
};
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'results.json'), JSON.stringify(results, null, 1));
const md = (await import('./lib/report.mjs')).report(results, N);
if (!ONLY) writeFileSync(path.join(here, 'results.md'), md);
else writeFileSync(path.join(out, 'results-partial.md'), md);
console.log(md);
log(
  `done in ${Math.round((Date.now() - started) / 1000)} s${ONLY ? ' (partial run: bench/results.md not rewritten)' : ''}`,
);
if (failures.length) {
  console.error(`bench: ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
}
