#!/usr/bin/env node
/**
 * `npm run consumers` (after `npm run build`): packs the library once, installs the tarball into one
 * fresh temporary app, as a user would, and checks every integration route in headless Chromium.
 * Each route asserts visible content and zero console errors (and no kratom render/update warnings).
 * What the tarball holds (and must not hold) is `npm run package:check`'s job, on the same `npm pack`:
 *   1. cdn       plain HTML + `cdn/kratom-widgets.js` with its SRI hash from cdn/manifest.json;
 *                re-renders after <html lang="es">; a second copy of the bundle on the page is harmless;
 *      modules   a plain page importing one define module from dist/ (import map for Lit only);
 *      csp       every element on a page with the strictest CSP we promise hosts, Trusted Types
 *                included; every control clicked and the locale switched: 0 CSP violations, 0 console
 *                errors, no request off the page's origin, no cookie, storage write or sendBeacon;
 *   2. autoload  plain HTML + `cdn/autoloader.js`: fetches only the chunks of the tags on the page,
 *                loads elements added later, warns (no error) for an unknown kratom-* tag;
 *   3. vite      a Vite build with per-element imports (`kratom-widgets/define/<tag>.js`): renders,
 *                and a build importing one element contains no other element's code; a build with
 *                `kratom-widgets/autoloader.js` loads only the chunks of the elements on the page;
 *   4. react18   the @lit/react wrappers (`kratom-widgets/react`) in React 18: props, events;
 *   5. ssr       every element in custom-elements.json rendered by @lit-labs/ssr in Node
 *                (fixtures/ssr-render.mjs) to declarative shadow DOM: content visible with
 *                JavaScript off, hydration without errors, no layout shift.
 * Elements come from the installed package's custom-elements.json, so new elements are covered.
 * Chromium: CHROME_PATH or /usr/bin/chromium.
 * Options: --keep (keep the temp folder), --only cdn,ssr (routes: cdn, modules, csp, autoload, vite,
 * react18, ssr).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { launchChromium } from './lib/chromium.mjs';
import { LIT_IMPORTS } from './lib/import-map.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = process.cwd();
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const want = (route) => !only || only.includes(route);
const work = mkdtempSync(path.join(tmpdir(), 'kratom-consumers-'));
const app = path.join(work, 'app');
const failures = [];
const ok = (cond, what) => {
  console.log(`${cond ? 'ok  ' : 'FAIL'} ${what}`);
  if (!cond) failures.push(what);
  return cond;
};
/** Sample attributes per tag so elements show real content (others render their initial state). */
const SAMPLES = { 'kratom-legal-badge': { jurisdiction: 'US-AL', variant: 'full' } };
/**
 * The SSR route also renders the publisher's help (its code loads only for elements that have help)
 * on the checklist, and the badge without help, the common case, whose define module the client
 * imports first: it hydrates before any help code has loaded, against the markup of a server that
 * has it loaded (the badge, then, shows no help as a browser that has not loaded it).
 */
const HELP_SAMPLE = { 'help-name': 'Anytown drug service', 'help-phone': '020 7946 0958' };
const SSR_SAMPLES = { ...SAMPLES, 'kratom-risk-checklist': HELP_SAMPLE };
const attrs = (tag) =>
  Object.entries(SAMPLES[tag] ?? {})
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
const DEV_DEPS = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies;

let server;
let browser;
const pages = {};
const headers = {};

function npm(argv, cwd) {
  const r = spawnSync('npm', argv, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm ${argv.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * Vite's preview server on the temp app: the generated pages (`pages`, with their `headers`) first,
 * then the app's files (the installed package under /node_modules/…), no SPA fallback.
 */
async function startServer() {
  const pagesFirst = (req, res, next) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (pages[pathname] === undefined) return next();
    res.writeHead(200, { 'content-type': 'text/html', ...(headers[pathname] ?? {}) }).end(pages[pathname]);
  };
  server = await preview({
    configFile: false,
    root: app,
    appType: 'mpa',
    logLevel: 'silent',
    build: { outDir: app },
    preview: { host: '127.0.0.1', port: 0, open: false },
    plugins: [{ name: 'consumer-pages', configurePreviewServer: (s) => void s.middlewares.use(pagesFirst) }],
  });
  return server.resolvedUrls.local[0].replace(/\/$/, '');
}

/** Opens a page and records errors, kratom warnings, requests and layout shifts. */
async function open(base, pathname, { javascript = true, block } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  const log = { errors: [], warnings: [], requests: [] };
  if (block) {
    // Requests whose URL matches `block` fail, as on a network or CSP that refuses them.
    await page.setRequestInterception(true);
    page.on('request', (r) => (block.test(r.url()) ? r.abort() : r.continue()));
  }
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warn' || m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('requestfailed', (r) => log.errors.push(`request failed: ${r.url()}`));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.setJavaScriptEnabled(javascript);
  await page.evaluateOnNewDocument(inspectScript);
  if (javascript) {
    await page.evaluateOnNewDocument(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
  }
  await page.goto(base + pathname, { waitUntil: 'load' });
  return { page, log };
}

/** Render/update failures the base element reports as warnings (it never throws into the page). */
const badWarnings = (log) => log.warnings.filter((w) => /could not render|update failed|hydrat|mismatch/i.test(w));
/** The route's page logged no console error and no render/update warning. */
const noErrors = (route, log) => {
  const problems = [...log.errors, ...badWarnings(log)];
  return ok(problems.length === 0, `${route}: no console errors ${problems.join(' | ')}`);
};

/** Waits until every listed tag is defined and updated; returns text and size per tag. */
async function rendered(page, tags) {
  await page.waitForFunction((t) => t.every((tag) => customElements.get(tag)), { timeout: 15000 }, tags);
  return page.evaluate(async (t) => {
    const out = {};
    for (const tag of t) {
      const el = document.querySelector(tag);
      await el?.updateComplete;
      out[tag] = window.__kratomInspect(el);
    }
    return out;
  }, tags);
}

/** In the page: visible text of an element's shadow root (no <style>), its size, fallback, status. */
function inspectScript() {
  window.__kratomInspect = (el) => {
    const sr = el?.shadowRoot;
    const r = el?.getBoundingClientRect();
    const text = sr
      ? [...sr.children]
          .filter((c) => c.localName !== 'style')
          .map((c) => c.innerText ?? c.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim()
      : '';
    return {
      text,
      height: r?.height ?? 0,
      width: r?.width ?? 0,
      fallback: Boolean(sr?.querySelector('[part~="fallback"]')),
      children: sr ? [...sr.children].filter((c) => c.localName !== 'style').length : 0,
      status: sr?.querySelector('[data-status]')?.getAttribute('data-status') ?? null,
    };
  };
}

/** The legal badge's status word once it is `word` (any word but the loading text if none), or 'timeout'. */
const legalStatus = (page, word) =>
  page
    .waitForFunction(
      (want) => {
        const s = document
          .querySelector('kratom-legal-badge')
          ?.shadowRoot?.querySelector('[part~="status"]')
          ?.textContent?.trim();
        return (want ? s === want : s && !s.startsWith('Loading')) ? s : false;
      },
      { timeout: 10000 },
      word,
    )
    .then((h) => h.jsonValue())
    .catch(() => 'timeout');
/** The translation of the "Banned" status in the packed `locales/<locale>.xlf`. */
const bannedIn = (pkgDir, locale) =>
  /<trans-unit id="legalBadge\.status\.banned"[^>]*>[\s\S]*?<target[^>]*>([^<]+)<\/target>/.exec(
    readFileSync(path.join(pkgDir, `locales/${locale}.xlf`), 'utf8'),
  )?.[1];

function checkVisible(route, result) {
  for (const [tag, r] of Object.entries(result)) {
    ok(
      r.text.length >= 10 && r.height > 0 && r.width > 0 && !r.fallback,
      `${route}: <${tag}> shows content (${r.text.length} chars visible, ${Math.round(r.height)} px high${r.fallback ? ', ERROR FALLBACK' : ''})`,
    );
  }
}

function viteBuild(name, entryJs, { html = '' } = {}) {
  const dir = path.join(app, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'main.js'), entryJs);
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body>${html}<div id="root"></div><script type="module" src="./main.js"></script></body></html>`,
  );
  writeFileSync(
    path.join(dir, 'vite.config.mjs'),
    `export default { root: ${JSON.stringify(dir)}, base: '/${name}/dist/', logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' } };`,
  );
  const r = spawnSync(
    path.join(root, 'node_modules/.bin/vite'),
    ['build', '--config', path.join(dir, 'vite.config.mjs')],
    {
      cwd: app,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  const output = `${r.stdout}\n${r.stderr}`.replace(/npm warn Unknown user config.*\n?/g, '').trim();
  return { status: r.status, output, dir };
}

/** The strictest CSP we promise hosts (docs/security: no inline script or style, Trusted Types). */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Every element under the strict CSP: renders text, survives a click on every control and a locale
 * switch with no CSP violation or console error, and never calls another origin or stores anything.
 */
async function cspRoute(base, tags) {
  const cspHeaders = { 'content-security-policy': CSP };
  const samples = {
    'kratom-legal-badge': ' jurisdiction="US-AL"',
    'kratom-risk-checklist': ' region="US" emergency-number="911"',
  };
  pages['/csp-page.css'] = 'body{font-family:sans-serif;margin:1rem}';
  headers['/csp-page.css'] = { ...cspHeaders, 'content-type': 'text/css' };
  pages['/csp.html'] = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title>
<script type="module" src="/node_modules/kratom-widgets/cdn/kratom-widgets.js"></script>
<link rel="stylesheet" href="/csp-page.css">
</head><body><main>
${tags.map((t) => `<${t}${samples[t] ?? ''}></${t}>`).join('\n')}
${tags.includes('kratom-legal-badge') ? '<kratom-legal-badge jurisdiction="TH" variant="full"></kratom-legal-badge>' : ''}
</main></body></html>`;
  headers['/csp.html'] = cspHeaders;

  const tab = await browser.newPage();
  const errors = [];
  const foreign = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await tab.evaluateOnNewDocument(() => {
    window.__kratomAudit = { violations: [], storage: [], beacons: 0 };
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__kratomAudit.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
    for (const store of [localStorage, sessionStorage]) {
      const set = store.setItem.bind(store);
      store.setItem = (k, v) => {
        window.__kratomAudit.storage.push(k);
        return set(k, v);
      };
    }
    const openDb = indexedDB.open.bind(indexedDB);
    indexedDB.open = (...a) => {
      window.__kratomAudit.storage.push(`indexedDB:${a[0]}`);
      return openDb(...a);
    };
    const beacon = navigator.sendBeacon?.bind(navigator);
    if (beacon) navigator.sendBeacon = (...a) => (window.__kratomAudit.beacons++, beacon(...a));
  });
  try {
    await tab.goto(`${base}/csp.html`, { waitUntil: 'networkidle0' });
    const shown = await tab.evaluate(async (list) => {
      await Promise.race([
        Promise.all(list.map((t) => customElements.whenDefined(t))),
        new Promise((r) => setTimeout(r, 5000)),
      ]);
      await new Promise((r) => setTimeout(r, 300));
      return list.map((t) => [t, document.querySelector(t)?.shadowRoot?.textContent?.trim().length ?? 0]);
    }, tags);
    for (const [tag, length] of shown)
      ok(length > 20, `csp: <${tag}> rendered text under strict CSP (${length} chars)`);

    // Every checkbox, button and tab, then a locale switch (never the print button: it would block).
    await tab.evaluate(async (list) => {
      const wait = () => new Promise((r) => setTimeout(r, 30));
      window.print = () => undefined;
      for (const t of list) {
        for (const el of document.querySelectorAll(t)) {
          const root = el.shadowRoot;
          if (!root) continue;
          for (const input of root.querySelectorAll('input[type=checkbox]')) {
            input.click();
            await wait();
          }
          for (const b of root.querySelectorAll('button, [role=tab]')) {
            if (/print/i.test(b.textContent ?? '') || b.getAttribute('part')?.includes('print')) continue;
            b.click();
            await wait();
          }
        }
      }
      document.documentElement.lang = 'es';
      await new Promise((r) => setTimeout(r, 500));
    }, tags);
    await new Promise((r) => setTimeout(r, 300));
    const audit = await tab.evaluate(() => ({ ...window.__kratomAudit, cookie: document.cookie }));
    ok(audit.violations.length === 0, `csp: 0 securitypolicyviolation events ${audit.violations.join(' | ')}`);
    ok(errors.length === 0, `csp: 0 console errors ${errors.join(' | ')}`);
    ok(foreign.length === 0, `csp: no request leaves the page's origin ${foreign.join(' ')}`);
    ok(audit.cookie === '', 'csp: no cookie set');
    ok(audit.storage.length === 0, `csp: no storage writes ${audit.storage.join(' ')}`);
    ok(audit.beacons === 0, 'csp: no sendBeacon');
    ok((await tab.cookies()).length === 0, 'csp: no cookies in the browser jar');
  } finally {
    await tab.close();
  }
}

try {
  // ---------- one tarball, one install ----------
  const tgzName = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  const tgz = path.join(work, tgzName);
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const started = Date.now();
  npm(
    [
      'install',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      tgz,
      'react@^18.3.1',
      'react-dom@^18.3.1',
      `@lit/react@${DEV_DEPS['@lit/react']}`,
      `@lit-labs/ssr@${DEV_DEPS['@lit-labs/ssr']}`,
      `@lit-labs/ssr-client@${DEV_DEPS['@lit-labs/ssr-client']}`,
    ],
    app,
  );
  console.log(`consumers: installed ${tgzName} + React 18, @lit/react, @lit-labs/ssr in ${Date.now() - started} ms`);
  const pkgDir = path.join(app, 'node_modules/kratom-widgets');
  const manifest = JSON.parse(readFileSync(path.join(pkgDir, 'custom-elements.json'), 'utf8'));
  const cdn = JSON.parse(readFileSync(path.join(pkgDir, 'cdn/manifest.json'), 'utf8'));
  const tags = [];
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? [])
      if (d.tagName && existsSync(path.join(pkgDir, 'dist/define', `${d.tagName}.js`))) tags.push(d.tagName);
  tags.sort();
  ok(tags.length > 0, `package documents and defines ${tags.length} elements: ${tags.join(', ')}`);
  const bodyAll = tags.map((t) => `<${t}${attrs(t)}></${t}>`).join('\n');

  const base = await startServer();
  browser = await launchChromium({ args: ['--disable-dev-shm-usage'] });

  // ---------- 1. CDN all-in-one with SRI ----------
  if (want('cdn')) {
    const entry = cdn.entries['kratom-widgets.js'];
    pages['/cdn.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN</title>
      <script type="module" src="/node_modules/kratom-widgets/cdn/kratom-widgets.js" integrity="${entry.integrity}" crossorigin="anonymous"></script></head>
      <body>${bodyAll}</body></html>`;
    const { page, log } = await open(base, '/cdn.html');
    ok(
      (await legalStatus(page)) === 'Banned' || !tags.includes('kratom-legal-badge'),
      'cdn: legal badge shows "Banned" for US-AL (SRI hash accepted)',
    );
    checkVisible('cdn', await rendered(page, tags));
    noErrors('cdn', log);
    await page.close();

    pages['/cdn-bad-sri.html'] = pages['/cdn.html'].replace(
      entry.integrity,
      'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    );
    const bad = await open(base, '/cdn-bad-sri.html');
    const defined = await bad.page.evaluate(() => Boolean(customElements.get('kratom-legal-badge')));
    ok(!defined, 'cdn: a wrong integrity hash blocks the bundle (SRI is enforced)');
    await bad.page.close();

    if (tags.includes('kratom-legal-badge')) {
      // A locale switch on the host page re-renders (the Spanish word from the packed XLIFF).
      const esBanned = bannedIn(pkgDir, 'es');
      const es = await open(base, '/cdn.html');
      await legalStatus(es.page);
      await es.page.evaluate(() => document.documentElement.setAttribute('lang', 'es'));
      const status = await legalStatus(es.page, esBanned);
      ok(
        Boolean(esBanned) && esBanned !== 'Banned' && status === esBanned,
        `cdn: re-renders after <html lang="es"> ("${status}")`,
      );
      ok(es.log.errors.length === 0, `cdn: no console errors after the locale switch ${es.log.errors.join(' | ')}`);
      await es.page.close();

      // Two copies of the bundle on one page (two plugins of a CMS, say): no error, still renders.
      pages['/cdn-twice.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Twice</title>
        <script type="module" src="/node_modules/kratom-widgets/cdn/kratom-widgets.js"></script>
        <script type="module" src="/node_modules/kratom-widgets/cdn/kratom-widgets.js?copy=2"></script></head>
        <body><kratom-legal-badge jurisdiction="TH"></kratom-legal-badge></body></html>`;
      const twice = await open(base, '/cdn-twice.html');
      const twiceStatus = await legalStatus(twice.page);
      ok(twiceStatus === 'Regulated', `cdn: two copies of the bundle, the element still renders (${twiceStatus})`);
      ok(twice.log.errors.length === 0, `cdn: two copies of the bundle, no errors ${twice.log.errors.join(' | ')}`);
      await twice.page.close();
    }
  }

  // ---------- 1b. One define module from dist/ in a plain page (import map for Lit only) ----------
  if (want('modules') && tags.includes('kratom-legal-badge')) {
    pages['/modules.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Modules</title>
      <script type="importmap">${JSON.stringify({ imports: LIT_IMPORTS })}</script>
      <script type="module">import '/node_modules/kratom-widgets/dist/define/kratom-legal-badge.js';</script></head>
      <body><kratom-legal-badge jurisdiction="us-al"></kratom-legal-badge></body></html>`;
    const { page, log } = await open(base, '/modules.html');
    ok((await legalStatus(page)) === 'Banned', 'modules: the per-element define module renders in a plain page');
    ok(log.errors.length === 0, `modules: no console errors ${log.errors.join(' | ')}`);
    await page.close();
  }

  // ---------- 1c. Strict CSP + Trusted Types, zero leaks (the CDN bundle) ----------
  if (want('csp')) await cspRoute(base, tags);

  // ---------- 2. Autoloader ----------
  if (want('autoload')) {
    const first = tags.includes('kratom-legal-badge') ? 'kratom-legal-badge' : tags[0];
    pages['/autoload.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Autoloader</title>
      <script type="module" src="/node_modules/kratom-widgets/cdn/autoloader.js" integrity="${cdn.entries['autoloader.js'].integrity}" crossorigin="anonymous"></script></head>
      <body><${first}${attrs(first)}></${first}></body></html>`;
    const { page, log } = await open(base, '/autoload.html');
    checkVisible('autoload', await rendered(page, [first]));
    const chunkOf = (t) => cdn.elements[t]?.file;
    const fetched = (t) => log.requests.some((u) => chunkOf(t) && u.endsWith(`/cdn/${chunkOf(t)}`));
    ok(fetched(first), `autoload: fetched the <${first}> chunk`);
    const others = tags.filter((t) => t !== first);
    ok(
      others.every((t) => !fetched(t)),
      `autoload: fetched no chunk of the ${others.length} elements not on the page`,
    );
    ok(
      !log.requests.some((u) => /\/cdn\/kratom-widgets\.js$/.test(u)),
      'autoload: did not fetch the all-in-one bundle',
    );
    // Elements added later (one more of the same, and every other element) are defined lazily.
    await page.evaluate(
      (list) => {
        for (const t of list) document.body.append(document.createElement(t));
      },
      [first, ...others],
    );
    await page
      .waitForFunction((list) => list.every((t) => customElements.get(t)), { timeout: 15000 }, [first, ...others])
      .then(
        () => ok(true, `autoload: elements added later are defined (${[first, ...others].length})`),
        () => ok(false, 'autoload: elements added later are defined'),
      );
    await page.evaluate(() => document.body.append(document.createElement('kratom-no-such-widget')));
    await page.waitForFunction(() => true, { timeout: 500 }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 300));
    ok(
      log.warnings.some((w) => w.includes('kratom-no-such-widget')),
      'autoload: an unknown kratom-* tag warns once (no error)',
    );
    noErrors('autoload', log);
    await page.close();
  }

  // ---------- 3. Vite with per-element imports ----------
  if (want('vite')) {
    const perElement = viteBuild('vite-all', tags.map((t) => `import 'kratom-widgets/define/${t}.js';`).join('\n'), {
      html: bodyAll,
    });
    ok(perElement.status === 0, `vite: build with per-element imports of ${tags.length} elements succeeds`);
    ok(!/warn|error/i.test(perElement.output), `vite: build prints no warnings ${perElement.output.slice(0, 400)}`);
    pages['/vite-all.html'] = readFileSync(path.join(perElement.dir, 'dist/index.html'), 'utf8');
    const { page, log } = await open(base, '/vite-all.html');
    if (tags.includes('kratom-legal-badge'))
      ok((await legalStatus(page)) === 'Banned', 'vite: legal badge shows "Banned"');
    checkVisible('vite', await rendered(page, tags));
    noErrors('vite', log);
    await page.close();

    // Tree-shaking: one element's import pulls in no other element.
    const one = tags.includes('kratom-legal-badge') ? 'kratom-legal-badge' : tags[0];
    const single = viteBuild('vite-one', `import 'kratom-widgets/define/${one}.js';`, {
      html: `<${one}${attrs(one)}></${one}>`,
    });
    const js = readdirSync(path.join(single.dir, 'dist/assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(single.dir, 'dist/assets', f), 'utf8'))
      .join('\n');
    const leaked = tags.filter((t) => t !== one && js.includes(`"${t}"`) | js.includes(`'${t}'`));
    ok(
      single.status === 0 && leaked.length === 0,
      `vite: importing only <${one}> bundles no other element ${leaked.join(', ')}`,
    );
  }

  // ---------- 3b. npm autoloader through Vite: one lazy chunk per element ----------
  if (want('vite')) {
    const one = tags.includes('kratom-legal-badge') ? 'kratom-legal-badge' : tags[0];
    const auto = viteBuild('vite-autoload', `import 'kratom-widgets/autoloader.js';`, {
      html: `<${one}${attrs(one)}></${one}>`,
    });
    ok(
      auto.status === 0 && !/warn|error/i.test(auto.output),
      `vite: build with kratom-widgets/autoloader.js succeeds ${auto.output.slice(0, 300)}`,
    );
    pages['/vite-autoload.html'] = readFileSync(path.join(auto.dir, 'dist/index.html'), 'utf8');
    const { page, log } = await open(base, '/vite-autoload.html');
    if (one === 'kratom-legal-badge')
      ok((await legalStatus(page)) === 'Banned', 'vite-autoload: legal badge shows "Banned"');
    checkVisible('vite-autoload', await rendered(page, [one]));
    const chunks = readdirSync(path.join(auto.dir, 'dist/assets')).filter((f) => f.endsWith('.js'));
    const fetchedChunks = chunks.filter((f) => log.requests.some((u) => u.endsWith(`/assets/${f}`)));
    ok(
      fetchedChunks.length < chunks.length,
      `vite-autoload: fetched ${fetchedChunks.length} of ${chunks.length} chunks (the other elements stay unloaded)`,
    );
    noErrors('vite-autoload', log);
    await page.close();
  }

  // ---------- 3c. A host app that uses @lit/localize itself, through Vite (one deduped copy) ----------
  // Both orders: the widget connects before the host configures its localisation (a CMS page that
  // renders a badge before its app boots) and after. The host's own calls must never throw, the
  // host's strings follow the host's locale, and the badge follows <html lang="de">.
  if (want('vite') && tags.includes('kratom-legal-badge')) {
    const deBanned = bannedIn(pkgDir, 'de');
    const hostApp = (widgetFirst) => `
      import { configureLocalization, msg } from '@lit/localize';
      window.__hostErrors = [];
      async function widget() {
        await import('kratom-widgets/define/kratom-legal-badge.js');
        await customElements.whenDefined('kratom-legal-badge');
        await document.querySelector('kratom-legal-badge').updateComplete;
      }
      async function host() {
        try {
          const { setLocale } = configureLocalization({
            sourceLocale: 'en',
            targetLocales: ['fr'],
            loadLocale: async () => ({ templates: { 'host.hello': 'Bonjour' } }),
          });
          await setLocale('fr');
          document.querySelector('#host').textContent = msg('Hello', { id: 'host.hello' });
        } catch (error) {
          window.__hostErrors.push(String(error));
        }
      }
      ${widgetFirst ? 'await widget(); await host();' : 'await host(); await widget();'}
      window.__hostDone = true;
    `;
    for (const [name, widgetFirst] of [
      ['host-localize-widget-first', true],
      ['host-localize-host-first', false],
    ]) {
      const built = viteBuild(name, hostApp(widgetFirst), {
        html: '<p id="host"></p><kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>',
      });
      ok(
        built.status === 0,
        `${name}: Vite build of a host app that uses @lit/localize succeeds ${built.output.slice(0, 300)}`,
      );
      pages[`/${name}.html`] = readFileSync(path.join(built.dir, 'dist/index.html'), 'utf8').replace(
        '<html lang="en">',
        '<html lang="de">',
      );
      const { page, log } = await open(base, `/${name}.html`);
      await page.waitForFunction(() => window.__hostDone === true, { timeout: 15000 }).catch(() => undefined);
      const hostErrors = await page.evaluate(() => window.__hostErrors ?? ['did not run']);
      ok(
        hostErrors.length === 0,
        `${name}: the host's configureLocalization/setLocale do not throw ${hostErrors.join(' | ')}`,
      );
      const hostText = await page.evaluate(() => document.querySelector('#host')?.textContent);
      ok(hostText === 'Bonjour', `${name}: the host's own strings follow the host's locale (${hostText})`);
      const status = await legalStatus(page, deBanned);
      ok(Boolean(deBanned) && status === deBanned, `${name}: the badge follows <html lang="de"> ("${status}")`);
      ok(log.errors.length === 0, `${name}: no console errors ${log.errors.join(' | ')}`);
      await page.close();
    }
  }

  // ---------- 4. React 18 wrappers ----------
  if (want('react18')) {
    const reactMain = `
      import React from 'react';
      import { createRoot } from 'react-dom/client';
      import * as Kratom from 'kratom-widgets/react';
      window.__events = [];
      window.__reactVersion = React.version;
      const samples = ${JSON.stringify(SAMPLES)};
      const tagOf = (name) => name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase());
      function App() {
        const [open, setOpen] = React.useState(false);
        return React.createElement('main', null, Object.entries(Kratom).map(([name, Component]) => {
          const tag = tagOf(name);
          const props = { key: name, ...(samples[tag] ?? {}) };
          if (tag === 'kratom-legal-badge') {
            Object.assign(props, { variant: 'compact', headingLevel: 2, open, onKratomLegalToggle: (e) => { window.__events.push(e.detail.open); setOpen(e.detail.open); } });
          }
          return React.createElement(Component, props);
        }));
      }
      createRoot(document.getElementById('root')).render(React.createElement(App));
    `;
    const built = viteBuild('react18', reactMain);
    ok(built.status === 0, 'react18: Vite build of the React 18 app succeeds');
    ok(!/warn|error/i.test(built.output), `react18: build prints no warnings ${built.output.slice(0, 400)}`);
    pages['/react18.html'] = readFileSync(path.join(built.dir, 'dist/index.html'), 'utf8');
    const { page, log } = await open(base, '/react18.html');
    const version = await page
      .waitForFunction(() => window.__reactVersion, { timeout: 10000 })
      .then((h) => h.jsonValue());
    ok(String(version).startsWith('18.'), `react18: React ${version}`);
    checkVisible('react18', await rendered(page, tags));
    if (tags.includes('kratom-legal-badge')) {
      ok((await legalStatus(page)) === 'Banned', 'react18: <KratomLegalBadge jurisdiction="US-AL"> shows "Banned"');
      const level = await page.evaluate(() => document.querySelector('kratom-legal-badge').headingLevel);
      ok(level === 2, 'react18: props are set as properties (headingLevel = 2)');
      await page.evaluate(() =>
        document.querySelector('kratom-legal-badge').shadowRoot.querySelector('[part~="toggle"]').click(),
      );
      const events = await page
        .waitForFunction(() => window.__events.length > 0 && window.__events, { timeout: 5000 })
        .then(
          (h) => h.jsonValue(),
          () => [],
        );
      ok(events[0] === true, 'react18: onKratomLegalToggle receives the typed event detail ({ open: true })');
      const openAttr = await page.evaluate(() => document.querySelector('kratom-legal-badge').hasAttribute('open'));
      ok(openAttr, 'react18: state set from the event flows back as a prop (open)');
    }
    noErrors('react18', log);
    await page.close();
  }

  // ---------- 5. SSR + hydration ----------
  if (want('ssr')) {
    cpSync(path.join(here, 'fixtures/ssr-render.mjs'), path.join(app, 'ssr-render.mjs'));
    const r = spawnSync(process.execPath, ['ssr-render.mjs', JSON.stringify(SSR_SAMPLES)], {
      cwd: app,
      encoding: 'utf8',
    });
    ok(
      r.status === 0,
      `ssr: @lit-labs/ssr renders every element in Node ${r.status === 0 ? '' : r.stderr.slice(0, 800)}`,
    );
    const serverWarnings = r.stderr.split('\n').filter((l) => /could not render|update failed|threw|error/i.test(l));
    for (const tag of tags) {
      const mine = serverWarnings.filter((l) => l.includes(`<${tag}>`));
      ok(mine.length === 0, `ssr: <${tag}> renders on the server without errors ${mine.join(' | ')}`);
    }
    const otherServer = serverWarnings.filter((l) => !tags.some((t) => l.includes(`<${t}>`)));
    ok(otherServer.length === 0, `ssr: no other server errors ${otherServer.join(' | ')}`);
    const ssr = JSON.parse(r.stdout || '{"elements":{}}');
    for (const tag of tags) {
      const out = ssr.elements[tag];
      ok(
        Boolean(out?.html.includes('<template shadowroot="open" shadowrootmode="open">')),
        `ssr: <${tag}> renders to declarative shadow DOM`,
      );
    }
    const importMap = {
      imports: {
        ...LIT_IMPORTS,
        '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
        'kratom-widgets/content': '/node_modules/kratom-widgets/dist/content.js',
        'kratom-widgets/define/': '/node_modules/kratom-widgets/dist/define/',
      },
    };
    const client = `<script type="module">
      import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
      import { loadLegalData, loadSourceEntries } from 'kratom-widgets/content';
      await Promise.all([loadLegalData(), loadSourceEntries()]);
      ${tags.map((t) => `await import('kratom-widgets/define/${t}.js');`).join('\n      ')}
      window.__hydrated = true;
    </script>`;
    const body = tags
      .map((t) => `<section class="slot" data-tag="${t}">${ssr.elements[t]?.html ?? ''}</section>`)
      .join('\n');
    pages['/ssr.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>
      <script type="importmap">${JSON.stringify(importMap)}</script></head><body>${body}${client}</body></html>`;

    // JavaScript off: the server output alone.
    const off = await open(base, '/ssr.html', { javascript: false });
    const before = await off.page.evaluate(
      (list) => Object.fromEntries(list.map((t) => [t, window.__kratomInspect(document.querySelector(t))])),
      tags,
    );
    await off.page.close();
    for (const t of tags) {
      const b = before[t];
      ok(
        b.text.length >= 10 && b.height > 0 && !b.fallback,
        `ssr: <${t}> content is visible with JavaScript off (${b.text.length} chars${b.fallback ? ', but it is the error fallback' : ''})`,
      );
    }
    if (tags.includes('kratom-legal-badge')) {
      const badge = before['kratom-legal-badge'];
      ok(
        badge.status !== 'loading' && badge.text.includes('Banned'),
        'ssr: legal badge shows its status ("Banned") with JavaScript off',
      );
    }
    for (const t of Object.keys(SSR_SAMPLES).filter((tag) => SSR_SAMPLES[tag]['help-name'] && tags.includes(tag))) {
      ok(
        before[t].text.includes('Help and support') && before[t].text.includes(HELP_SAMPLE['help-name']),
        `ssr: <${t}> shows the publisher's help (help-* attributes) with JavaScript off`,
      );
    }

    // JavaScript on: hydrate.
    const on = await open(base, '/ssr.html');
    await on.page.waitForFunction(() => window.__hydrated === true, { timeout: 15000 }).catch(() => undefined);
    const after = await rendered(on.page, tags);
    await new Promise((r) => setTimeout(r, 500));
    const settled = await rendered(on.page, tags);
    const cls = await on.page.evaluate(() => window.__cls);
    const hydrationProblems = [...on.log.errors, ...badWarnings(on.log)];
    for (const t of tags) {
      const mine = hydrationProblems.filter((l) => l.includes(`<${t}>`));
      ok(mine.length === 0, `ssr: <${t}> hydrates without console errors ${mine.join(' | ')}`);
    }
    const otherProblems = hydrationProblems.filter((l) => !tags.some((t) => l.includes(`<${t}>`)));
    ok(otherProblems.length === 0, `ssr: hydration without other console errors ${otherProblems.join(' | ')}`);
    for (const t of tags) {
      const b = before[t];
      const a = settled[t];
      ok(a.text.length > 0 && !a.fallback, `ssr: <${t}> hydrated (${after[t].text.length} chars visible)`);
      // Rendering without hydration would append a second copy next to the server's markup.
      ok(
        a.children === b.children,
        `ssr: <${t}> reuses the server markup (${b.children} → ${a.children} top-level nodes)`,
      );
      ok(
        Math.abs(a.height - b.height) <= 1 && Math.abs(a.width - b.width) <= 1,
        `ssr: <${t}> keeps its size through hydration (${Math.round(b.height)} → ${Math.round(a.height)} px)`,
      );
    }
    for (const t of Object.keys(SSR_SAMPLES).filter((tag) => SSR_SAMPLES[tag]['help-name'] && tags.includes(tag))) {
      ok(settled[t].text.includes(HELP_SAMPLE['help-name']), `ssr: <${t}> keeps the publisher's help after hydration`);
    }
    ok(cls <= 0.001, `ssr: no layout shift after hydration (CLS ${cls.toFixed(3)})`);
    await on.page.close();

    // The help block's code cannot load in the browser: the server's markup with help cannot be
    // hydrated. The element renders again, without help, and a later update must not add a second
    // copy next to the server's markup.
    const helpTags = Object.keys(SSR_SAMPLES).filter((tag) => SSR_SAMPLES[tag]['help-name'] && tags.includes(tag));
    if (helpTags.length) {
      const blocked = await open(base, '/ssr.html', { block: /\/dist\/shared\/publisher-help\.js$/ });
      await blocked.page.waitForFunction(() => window.__hydrated === true, { timeout: 15000 }).catch(() => undefined);
      await rendered(blocked.page, helpTags);
      await blocked.page.evaluate(
        (t) => t.forEach((tag) => document.querySelector(tag).setAttribute('heading-level', '4')),
        helpTags,
      );
      const later = await rendered(blocked.page, helpTags);
      const h4 = await blocked.page.evaluate(
        (t) =>
          Object.fromEntries(
            t.map((tag) => [
              tag,
              document.querySelector(tag).shadowRoot.querySelectorAll('h4, [aria-level="4"]').length,
            ]),
          ),
        helpTags,
      );
      for (const t of helpTags) {
        ok(
          later[t].children === before[t].children &&
            !later[t].fallback &&
            later[t].text.length > before[t].text.length / 2 &&
            h4[t] > 0,
          `ssr, help code blocked: <${t}> shows its content once and still updates (${before[t].children} → ${later[t].children} top-level nodes, ${later[t].text.length} chars, ${h4[t]} level-4 headings after heading-level="4")`,
        );
      }
      const unexpected = [
        ...blocked.log.errors.filter((e) => !/publisher-help\.js|^Failed to load resource: net::ERR_FAILED/.test(e)),
        ...blocked.log.warnings.filter((w) => /could not render|update failed/i.test(w)),
      ];
      ok(unexpected.length === 0, `ssr, help code blocked: no errors ${unexpected.join(' | ')}`);
      ok(
        blocked.log.warnings.some((w) => /help block could not be loaded/.test(w)) &&
          helpTags.every((t) => blocked.log.warnings.some((w) => w.includes(`<${t}>`) && /rendered it again/.test(w))),
        `ssr, help code blocked: one warning that help could not load, one per element that it rendered again`,
      );
      await blocked.page.close();
    }
  }
} catch (error) {
  failures.push(String(error?.stack ?? error));
  console.error(error);
} finally {
  await browser?.close();
  await server?.close();
  if (args.includes('--keep')) console.log(`consumers: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`consumers: ${failures.length} failure(s)`);
  process.exit(1);
}
console.log('consumers: OK');
