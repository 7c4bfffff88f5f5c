#!/usr/bin/env node
/**
 * Screenshots of every component from the built CDN bundle, for visual review:
 *   node scripts/screenshots.mjs [--lang ar] [--dir rtl] [--scheme dark] [--width 800] [--out /tmp/shots]
 * Requires `npm run build`. Writes one PNG per component.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const lang = arg('lang', 'en');
const dir = arg('dir', lang === 'ar' ? 'rtl' : 'ltr');
const scheme = arg('scheme', 'light');
const width = Number(arg('width', '800'));
const out = arg('out', '/tmp/kratom-shots');
mkdirSync(out, { recursive: true });

const WIDGETS = {
  'legal-badge': '<kratom-legal-badge jurisdiction="US-FL" product="7-oh" variant="full"></kratom-legal-badge>',
  'risk-checklist': '<kratom-risk-checklist region="US" emergency-number="911"></kratom-risk-checklist>',
  'alkaloid-explainer': '<kratom-alkaloid-explainer alkaloid="mitragynine"></kratom-alkaloid-explainer>',
  'mechanism-diagram': '<kratom-mechanism-diagram></kratom-mechanism-diagram>',
};
const root = process.cwd();
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const name = url.pathname.slice(1);
  if (WIDGETS[name]) {
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><script type="module" src="/cdn/kratom-widgets.js"></script>
<style>html{color-scheme:${scheme};--kratom-color-scheme:${scheme};background:${scheme === 'dark' ? '#121214' : '#fff'}}body{font-family:sans-serif;margin:16px}</style></head>
<body>${WIDGETS[name]}</body></html>`);
    return;
  }
  const file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(path.join(root, 'cdn')) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await launchChromium();
try {
  for (const name of Object.keys(WIDGETS)) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(`http://127.0.0.1:${server.address().port}/${name}`, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 500));
    const file = path.join(out, `${name}-${lang}-${dir}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
