/**
 * locales:check must fail, with file:line and message id, on each kind of broken XLIFF.
 * Builds a valid locale file from the real code messages, then breaks one thing at a time. The code's
 * messages are extracted once (the slow step); the command itself runs once, on a broken file.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkLocales, extractCodeMessages } from '../check-locales.mjs';

let dir;
let valid;
let code;

/** The checks on `dir`, as the command reports them: status 1 and one line per problem. */
function check() {
  const { problems } = checkLocales({ dir, code });
  return { status: problems.length ? 1 : 0, out: problems.join('\n') };
}

function write(text) {
  writeFileSync(path.join(dir, 'xx.xlf'), text);
}

before(() => {
  code = extractCodeMessages();
  dir = mkdtempSync(path.join(tmpdir(), 'kratom-locales-test-'));
  // Every unit gets its English source as target: structurally valid.
  valid = readFileSync('locales/es.xlf', 'utf8')
    .replace(/target-language="es"/, 'target-language="xx"')
    .replace(/\n\s*<target[^>]*>[\s\S]*?<\/target>/g, '')
    .replace(/(<source>([\s\S]*?)<\/source>)/g, '$1\n  <target state="needs-review-translation">$2</target>');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a complete file passes', () => {
  write(valid);
  const r = check();
  assert.equal(r.status, 0, r.out);
});

test('a missing target fails with file:line and id, and the command exits 1', () => {
  write(
    valid.replace(/(<trans-unit id="legalBadge.status.banned">[\s\S]*?)\n\s*<target[^>]*>[\s\S]*?<\/target>/, '$1'),
  );
  const r = spawnSync(process.execPath, ['scripts/check-locales.mjs', '--dir', dir], { encoding: 'utf8' });
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /xx\.xlf:\d+: legalBadge\.status\.banned: target missing/);
  assert.match(r.stderr, /locales:check: 1 problem\(s\)/);
});

test('a lost placeholder fails', () => {
  write(
    valid.replace(
      /(<trans-unit id="legalBadge.summary.banned">[\s\S]*?<target[^>]*>)[\s\S]*?(<\/target>)/,
      '$1En este lugar está prohibido.$2',
    ),
  );
  const r = check();
  assert.equal(r.status, 1);
  assert.match(r.out, /xx\.xlf:\d+: legalBadge\.summary\.banned: placeholder lost in target: \$\{place\}/);
});

test('an added placeholder fails', () => {
  write(
    valid.replace(
      /(<trans-unit id="legalBadge.status.banned">[\s\S]*?<target[^>]*>)[\s\S]*?(<\/target>)/,
      '$1Prohibido <x id="0" equiv-text="${place}"/>$2',
    ),
  );
  const r = check();
  assert.equal(r.status, 1);
  assert.match(r.out, /legalBadge\.status\.banned: placeholder added in target: \$\{place\}/);
});

test('malformed XML fails with a line number', () => {
  write(
    valid.replace('<trans-unit id="legalBadge.status.banned">', '<trans-unit id="legalBadge.status.banned"><oops>'),
  );
  const r = check();
  assert.equal(r.status, 1);
  assert.match(r.out, /xx\.xlf:\d+: malformed XML/);
});

test('an id the code no longer has fails', () => {
  write(
    valid.replace(
      '</body>',
      '<trans-unit id="legalBadge.gone.away">\n  <source>Gone</source>\n  <target>Ido</target>\n</trans-unit>\n</body>',
    ),
  );
  const r = check();
  assert.equal(r.status, 1);
  assert.match(r.out, /xx\.xlf:\d+: legalBadge\.gone\.away: id is no longer in the code/);
});
