/**
 * `npm run manifest:check` must fail on a stale docs/elements.md and leave it as it is (it used to
 * regenerate the docs first, so that check could never fail), and must fail on a stale manifest.
 * Runs the real scripts on a small fixture project.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let root;

const run = (script, ...args) =>
  spawnSync(process.execPath, [path.join(SCRIPTS, script), ...args], { cwd: root, encoding: 'utf8' });

const ELEMENT = `import { LitElement, html } from 'lit';
/**
 * A demo element.
 * @tag kratom-demo
 * @summary Demo.
 */
export class KratomDemo extends LitElement {
  /** How many. */
  count = 1;
  render() {
    return html\`<p part="base">\${this.count}</p>\`;
  }
}
customElements.define('kratom-demo', KratomDemo);
`;

before(() => {
  root = mkdtempSync(path.join(tmpdir(), 'kratom-manifest-check-'));
  mkdirSync(path.join(root, 'src/components/demo'), { recursive: true });
  mkdirSync(path.join(root, 'docs'));
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'fixture', version: '1.2.3' }));
  writeFileSync(path.join(root, 'src/version.ts'), "export const VERSION = '1.2.3';\n");
  writeFileSync(path.join(root, 'src/components/demo/demo.ts'), ELEMENT);
  writeFileSync(
    path.join(root, 'custom-elements-manifest.config.mjs'),
    "export default { globs: ['src/components/**/*.ts'], outdir: '.', litelement: true, dependencies: false, packagejson: false };\n",
  );
  // A committed, fresh manifest and docs: what the check itself would generate.
  const cem = spawnSync(
    process.execPath,
    [
      path.join(SCRIPTS, '../node_modules/@custom-elements-manifest/analyzer/cem.js'),
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(cem.status, 0, cem.stderr);
  const prettier = spawnSync(
    process.execPath,
    [
      path.join(SCRIPTS, '../node_modules/prettier/bin/prettier.cjs'),
      '--write',
      'custom-elements.json',
      '--log-level',
      'warn',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(prettier.status, 0, prettier.stderr);
  assert.equal(run('gen-docs.mjs').status, 0);
});

after(() => rmSync(root, { recursive: true, force: true }));

test('in sync: manifest:check passes', () => {
  const r = run('check-manifest.mjs');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /in sync/);
});

test('a stale docs/elements.md fails manifest:check and the docs check, and stays stale', () => {
  const docs = path.join(root, 'docs/elements.md');
  const fresh = readFileSync(docs, 'utf8');
  try {
    appendFileSync(docs, '\nA line by hand.\n');
    const r = run('check-manifest.mjs');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /docs\/elements\.md is out of date/);
    assert.match(readFileSync(docs, 'utf8'), /A line by hand/, 'the check does not rewrite the docs');
    const docsCheck = run('gen-docs.mjs', '--check');
    assert.equal(docsCheck.status, 1);
  } finally {
    writeFileSync(docs, fresh);
  }
});

test('a source change without a new manifest fails manifest:check and leaves the manifest alone', () => {
  const file = path.join(root, 'src/components/demo/demo.ts');
  const manifest = readFileSync(path.join(root, 'custom-elements.json'), 'utf8');
  try {
    writeFileSync(file, ELEMENT.replace('/** How many. */', '/** How many items. */'));
    const r = run('check-manifest.mjs');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /custom-elements\.json is out of date/);
    assert.equal(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'), manifest);
  } finally {
    writeFileSync(file, ELEMENT);
  }
});
