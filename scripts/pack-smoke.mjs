#!/usr/bin/env node
/**
 * `npm run pack:smoke`: packs the library, installs the tarball into a fresh temporary folder
 * (as a user would), serves it on localhost and checks in headless Chromium that
 *   1. the CDN bundle registers and renders the elements, in English and after <html lang="es">;
 *   2. a second copy of the bundle on the same page does not throw;
 *   3. the per-element define modules from dist/ render in a plain page (import map for Lit).
 * Requires `npm run build` first. Chromium: CHROME_PATH or /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { LIT_IMPORTS } from './lib/import-map.mjs';

const root = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), 'kratom-pack-'));
let server;
let browser;
const failures = [];
const ok = (cond, what) => {
  console.log(`${cond ? 'ok  ' : 'FAIL'} ${what}`);
  if (!cond) failures.push(what);
};

try {
  const tgzName = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  const tgz = path.join(work, tgzName);
  const listing = execFileSync('tar', ['-tzf', tgz], { encoding: 'utf8' });
  ok(listing.includes('package/cdn/kratom-widgets.js'), 'tarball contains the CDN bundle');
  ok(listing.includes('package/dist/define/kratom-legal-badge.js'), 'tarball contains the define modules');
  ok(listing.includes('package/custom-elements.json'), 'tarball contains custom-elements.json');
  ok(!/package\/(test|stories|scripts)\//.test(listing), 'tarball has no tests, stories or scripts');

  const app = path.join(work, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--silent', tgz], {
    cwd: app,
    stdio: 'inherit',
  });

  const pkgDir = '/node_modules/kratom-widgets';
  const importMap = { imports: LIT_IMPORTS };
  const pages = {
    '/cdn.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN</title>
      <script type="module" src="${pkgDir}/cdn/kratom-widgets.js"></script></head>
      <body><kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge></body></html>`,
    '/cdn-twice.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Twice</title>
      <script type="module" src="${pkgDir}/cdn/kratom-widgets.js"></script>
      <script type="module" src="${pkgDir}/cdn/kratom-widgets.js?copy=2"></script></head>
      <body><kratom-legal-badge jurisdiction="TH"></kratom-legal-badge></body></html>`,
    '/modules.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Modules</title>
      <script type="importmap">${JSON.stringify(importMap)}</script>
      <script type="module">import '${pkgDir}/dist/define/kratom-legal-badge.js';</script></head>
      <body><kratom-legal-badge jurisdiction="us-al"></kratom-legal-badge></body></html>`,
  };
  const types = {
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.html': 'text/html',
    '.map': 'application/json',
  };
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (pages[url.pathname]) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(pages[url.pathname]);
      return;
    }
    const file = path.join(app, decodeURIComponent(url.pathname));
    if (!file.startsWith(app) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;

  browser = await launchChromium();

  async function open(pathname) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(base + pathname, { waitUntil: 'load' });
    return { page, errors };
  }
  const statusText = (page) =>
    page
      .waitForFunction(
        () => {
          const el = document.querySelector('kratom-legal-badge');
          const s = el?.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim();
          return s && !s.startsWith('Loading') ? s : false;
        },
        { timeout: 10000 },
      )
      .then((h) => h.jsonValue());

  const esBanned = /'legalBadge\.status\.banned':\s*`([^`]*)`/.exec(
    readFileSync(path.join(root, 'src/generated/locales/es.ts'), 'utf8'),
  )?.[1];

  {
    const { page, errors } = await open('/cdn.html');
    ok((await statusText(page)) === 'Banned', 'CDN bundle renders <kratom-legal-badge> in English');
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'es'));
    const translated = await page
      .waitForFunction(
        (want) =>
          document
            .querySelector('kratom-legal-badge')
            .shadowRoot.querySelector('[part~="status"]')
            .textContent.trim() === want,
        { timeout: 10000 },
        esBanned,
      )
      .then(
        () => true,
        () => false,
      );
    ok(
      translated && Boolean(esBanned) && esBanned !== 'Banned',
      `CDN bundle re-renders after <html lang="es"> ("${esBanned}")`,
    );
    ok(errors.length === 0, `CDN page has no errors ${errors.join(' | ')}`);
    await page.close();
  }
  {
    const { page, errors } = await open('/cdn-twice.html');
    const twice = await statusText(page).catch((e) => String(e));
    ok(twice === 'Regulated', `two copies of the bundle: element still renders (${twice})`);
    ok(errors.length === 0, `two copies of the bundle: no errors ${errors.join(' | ')}`);
    await page.close();
  }
  {
    const { page, errors } = await open('/modules.html');
    ok((await statusText(page)) === 'Banned', 'per-element define module renders in a plain page');
    ok(errors.length === 0, `per-element page has no errors ${errors.join(' | ')}`);
    await page.close();
  }
} catch (error) {
  failures.push(String(error?.stack ?? error));
  console.error(error);
} finally {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`pack:smoke: ${failures.length} failure(s)`);
  process.exit(1);
}
console.log('pack:smoke: OK');
