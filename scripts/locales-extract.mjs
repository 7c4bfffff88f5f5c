#!/usr/bin/env node
/**
 * `npm run locales:extract`: runs `lit-localize extract`, then restores what it drops — the
 * review marks (`approved="yes"` on <trans-unit>, `state="…"` on <target>) — and finally writes
 * locales/status.json. A target whose English source changed since it was reviewed loses its
 * approval and is marked `needs-review-translation`. Unreviewed targets get
 * `state="needs-review-translation"`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { parseXliff } from './xliff.mjs';
import { writeStatus } from './locales-status.mjs';

const configArg = process.argv.indexOf('--config');
const configPath = configArg > 0 ? process.argv[configArg + 1] : 'lit-localize.json';
const dir = JSON.parse(readFileSync(configPath, 'utf8')).interchange.xliffDir.replace(/\/$/, '');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xlf')) : [];
const before = new Map();
for (const f of files) {
  const { units } = parseXliff(readFileSync(`${dir}/${f}`, 'utf8'), `${dir}/${f}`);
  before.set(f, new Map(units.map((u) => [u.id, u])));
}

const r = spawnSync('npx', ['lit-localize', 'extract', '--config', configPath], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

for (const f of readdirSync(dir).filter((x) => x.endsWith('.xlf'))) {
  const old = before.get(f) ?? new Map();
  let text = readFileSync(`${dir}/${f}`, 'utf8');
  text = text.replace(/<trans-unit id="([^"]+)"([^>]*)>([\s\S]*?)<\/trans-unit>/g, (all, id, _attrs, body) => {
    if (!/<target[\s>]/.test(body)) return `<trans-unit id="${id}">${body}</trans-unit>`;
    const prev = old.get(id);
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const sourceSame = prev && prev.source === source;
    const approved = Boolean(prev?.approved && sourceSame);
    const state = approved
      ? 'final'
      : sourceSame && prev?.state && prev.state !== 'final'
        ? prev.state
        : 'needs-review-translation';
    const newBody = body.replace(/<target(?:\s[^>]*)?>/, `<target state="${state}">`);
    return `<trans-unit id="${id}"${approved ? ' approved="yes"' : ''}>${newBody}</trans-unit>`;
  });
  writeFileSync(`${dir}/${f}`, text);
}
if (dir === 'locales') writeStatus();
