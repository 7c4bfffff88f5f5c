/**
 * Every npm script works from the README: the command table lists each one (lifecycle hooks
 * `pre…`/`post…` run by themselves and are not listed), and no script points at a missing file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('| Command | What it does |'));
// `prestorybook` etc. are npm lifecycle hooks of another script: they run by themselves.
const isHook = (n) => /^(pre|post)./.test(n) && n.replace(/^(pre|post)/, '') in pkg.scripts;
const names = Object.keys(pkg.scripts).filter((n) => !isHook(n));

test('the README command table lists every npm script', () => {
  assert.ok(table.length > 0, 'README has the command table');
  const rows = table.split('\n').filter((l) => l.startsWith('| `'));
  const firstCells = rows.map((r) => r.split(' | ')[0]).join(' ');
  const missing = names.filter((name) => {
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return !new RegExp(`\`npm (run )?${esc}( [^\`]*)?\`|/ \`${esc}\``).test(firstCells);
  });
  assert.deepEqual(missing, [], `scripts without a README row: ${missing.join(', ')}`);
});

test('no npm script runs a file that does not exist', () => {
  const missing = [];
  // A wireit task's command lives in package.json "wireit", not in "scripts".
  const commands = { ...pkg.scripts };
  for (const [name, task] of Object.entries(pkg.wireit ?? {})) if (task.command) commands[name] = task.command;
  for (const [name, cmd] of Object.entries(commands)) {
    for (const m of cmd.matchAll(
      /(?:^|\s)(?:node |--config )?((?:scripts|demo|bench|\.storybook)\/[\w./-]+\.(?:mjs|js|ts))/g,
    )) {
      if (!existsSync(path.join(ROOT, m[1]))) missing.push(`${name}: ${m[1]}`);
    }
  }
  assert.deepEqual(missing, []);
});
