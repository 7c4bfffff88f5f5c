#!/usr/bin/env node
/**
 * `npm run csp:check` (Chromium; needs `npm run build`): serves the built CDN bundle on a page with
 * the strictest CSP we promise hosts, including Trusted Types, renders all four elements, interacts
 * with every control, switches locale, and asserts:
 *   - 0 `securitypolicyviolation` events and 0 console errors;
 *   - every request stays on the page's own origin (only our module/locale/legal chunks);
 *   - no cookie, no localStorage/sessionStorage/IndexedDB write, no sendBeacon;
 *   - every element rendered visible text.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/chromium.mjs';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

import { readdirSync } from 'node:fs';
/** Every element the library defines (one define module each). */
const TAGS = readdirSync('src/define')
  .filter((f) => f.startsWith('kratom-') && f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title>
<script type="module" src="/cdn/kratom-widgets.js"></script>
<link rel="stylesheet" href="/page.css">
</head><body>
<main>
  <kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>
  <kratom-legal-badge jurisdiction="TH" variant="full"></kratom-legal-badge>
  <kratom-risk-checklist region="US" emergency-number="911"></kratom-risk-checklist>
  <kratom-alkaloid-explainer></kratom-alkaloid-explainer>
  <kratom-mechanism-diagram></kratom-mechanism-diagram>
</main>
</body></html>`;

if (!existsSync('cdn/kratom-widgets.js')) {
  console.error('csp:check: run `npm run build` first');
  process.exit(1);
}

const root = process.cwd();
const types = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const headers = { 'content-security-policy': CSP };
  if (url.pathname === '/') return res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(page);
  if (url.pathname === '/page.css')
    return res
      .writeHead(200, { ...headers, 'content-type': 'text/css' })
      .end('body{font-family:sans-serif;margin:1rem}');
  if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
  const file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(path.join(root, 'cdn')) || !existsSync(file)) return res.writeHead(404).end();
  res
    .writeHead(200, { ...headers, 'content-type': types[path.extname(file)] ?? 'application/octet-stream' })
    .end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const failures = [];
const ok = (cond, what) => {
  console.log(`${cond ? 'ok  ' : 'FAIL'} ${what}`);
  if (!cond) failures.push(what);
};

const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  const errors = [];
  const foreign = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
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
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (...a) => {
      window.__kratomAudit.storage.push(`indexedDB:${a[0]}`);
      return open(...a);
    };
    const beacon = navigator.sendBeacon?.bind(navigator);
    if (beacon) navigator.sendBeacon = (...a) => (window.__kratomAudit.beacons++, beacon(...a));
  });
  await tab.goto(origin + '/', { waitUntil: 'networkidle0' });
  const rendered = await tab.evaluate(async (tags) => {
    await Promise.race([
      Promise.all(tags.map((t) => customElements.whenDefined(t))),
      new Promise((r) => setTimeout(r, 5000)),
    ]);
    await new Promise((r) => setTimeout(r, 300));
    return tags.map((t) => [t, document.querySelector(t)?.shadowRoot?.textContent?.trim().length ?? 0]);
  }, TAGS);
  for (const [tag, length] of rendered) ok(length > 20, `${tag} rendered text under strict CSP (${length} chars)`);

  // Interact with everything: every button, checkbox, tab, and a locale switch.
  await tab.evaluate(async (tags) => {
    const wait = () => new Promise((r) => setTimeout(r, 30));
    for (const t of tags) {
      for (const el of document.querySelectorAll(t)) {
        const root = el.shadowRoot;
        if (!root) continue;
        for (const input of root.querySelectorAll('input[type=checkbox]')) {
          input.click();
          await wait();
        }
        window.print = () => undefined; // never open a blocking print dialog in the audit
        for (const b of root.querySelectorAll('button, [role=tab]')) {
          if (/print/i.test(b.textContent ?? '') || b.getAttribute('part')?.includes('print')) continue;
          b.click();
          await wait();
        }
      }
    }
    document.documentElement.lang = 'es';
    await new Promise((r) => setTimeout(r, 500));
  }, TAGS);
  await new Promise((r) => setTimeout(r, 300));
  const audit = await tab.evaluate(() => ({ ...window.__kratomAudit, cookie: document.cookie }));
  ok(audit.violations.length === 0, `0 securitypolicyviolation events ${audit.violations.join(' | ')}`);
  ok(errors.length === 0, `0 console errors ${errors.join(' | ')}`);
  ok(foreign.length === 0, `no request leaves the page's origin ${foreign.join(' ')}`);
  ok(audit.cookie === '', 'no cookie set');
  ok(audit.storage.length === 0, `no storage writes ${audit.storage.join(' ')}`);
  ok(audit.beacons === 0, 'no sendBeacon');
  const cookies = await tab.cookies();
  ok(cookies.length === 0, 'no cookies in the browser jar');
} catch (error) {
  failures.push(String(error?.stack ?? error));
  console.error(error);
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`csp:check: ${failures.length} failure(s)`);
  process.exit(1);
}
console.log('csp:check: OK');
