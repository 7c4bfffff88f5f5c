/**
 * The content history (content-data/history.json): every content version in src/content/review.ts
 * has an entry saying what changed, content:check fails when one is missing, and
 * `npm run content:review -- --since X` starts the packet with what changed since X, or says plainly
 * that X is unknown or still current.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { changesSince, checkContentHistory, compareVersions, latestVersion, loadHistory } from '../content-history.mjs';
import { contentProblems, loadContent } from '../check-content.mjs';
import { escapeHtml, main } from '../content-review.mjs';

const reviews = (versions) =>
  Object.fromEntries(Object.entries(versions).map(([area, contentVersion]) => [area, { area, contentVersion }]));
const HISTORY = {
  versions: [
    { version: '2026.12.1', date: '2026-12-20', changes: { legal: ['Legal data 2026.12.1: updated US-AL.'] } },
    { version: '2026.12.0', date: '2026-12-06', changes: { risks: ['Sedatives rated like opioids.'], legal: ['x'] } },
    { version: '2026.11.0', date: '2026-11-24', changes: { risks: ['First version.'], legal: ['First version.'] } },
  ],
};

test('the real history covers every content version of every area', async () => {
  const c = await loadContent();
  assert.deepEqual(checkContentHistory(c.reviews, loadHistory()), []);
  const history = loadHistory();
  for (const r of Object.values(c.reviews)) {
    const entry = history.versions.find((v) => v.version === r.contentVersion);
    assert.ok(entry?.changes[r.area]?.length, `${r.area} ${r.contentVersion}`);
  }
});

test('content:check fails when an area is at a version the history does not list', async () => {
  const c = await loadContent();
  const bumped = { ...c, reviews: { ...c.reviews, risks: { ...c.reviews.risks, contentVersion: '2027.01.0' } } };
  const { problems } = contentProblems(bumped);
  assert.ok(
    problems.some((p) =>
      p.includes('risks is at content version 2027.01.0, which has no entry in content-data/history.json'),
    ),
    problems.join('\n'),
  );
});

test('the check names a version without a line for an area at it, and versions out of order', () => {
  assert.deepEqual(checkContentHistory(reviews({ risks: '2026.12.0', legal: '2026.12.1' }), HISTORY), []);
  assert.deepEqual(checkContentHistory(reviews({ alkaloids: '2026.12.0' }), HISTORY), [
    'content history 2026.12.0: no line for alkaloids, which is at that version',
  ]);
  const reversed = { versions: [...HISTORY.versions].reverse() };
  assert.ok(
    checkContentHistory(reviews({ risks: '2026.12.0' }), reversed).includes(
      'content history: versions must be listed newest first',
    ),
  );
});

test('changes since a version: the newer versions oldest first; unknown and current said plainly', () => {
  const r = reviews({ risks: '2026.12.0', legal: '2026.12.1' });
  const since = changesSince(HISTORY, r, '2026.11.0');
  assert.equal(since.status, 'changed');
  assert.equal(since.latest, '2026.12.1');
  assert.deepEqual(
    since.versions.map((v) => v.version),
    ['2026.12.0', '2026.12.1'],
  );
  assert.equal(changesSince(HISTORY, r, '2026.12.1').status, 'current');
  assert.equal(changesSince(HISTORY, r, '2026.10.0').status, 'unknown');
  assert.ok(compareVersions('2026.12.10', '2026.12.9') > 0);
});

test('npm run content:review -- --since: the packet starts with what changed, by version and area', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kratom-since-test-'));
  try {
    const out = path.join(dir, 'p.html');
    const history = loadHistory();
    const latest = latestVersion((await loadContent()).reviews);
    const first = history.versions.at(-1);
    const next = history.versions.at(-2);
    await main(['--out', out, '--since', first.version]);
    const html = readFileSync(out, 'utf8');
    const section = html.slice(html.indexOf('id="changes-since"'), html.indexOf('<nav>'));
    assert.ok(section.includes(`What changed since content version ${first.version}`));
    assert.ok(section.includes(`Content version ${next.version} (${next.date})`));
    for (const line of Object.values(next.changes).flat()) assert.ok(section.includes(escapeHtml(line)), line);
    assert.ok(!section.includes(`Content version ${first.version} (`), 'the approved version itself is not listed');
    assert.match(section, /legal status \(kept by legal editors; not in this packet\)/);
    assert.ok(html.includes(`<th scope="row">Content version</th><td>${latest}: the version to declare`));

    await main(['--out', out, '--since', latest]);
    assert.ok(readFileSync(out, 'utf8').includes(`Nothing: this is still content version ${latest}.`));
    await main(['--out', out, '--since', '2020.01.0']);
    assert.match(readFileSync(out, 'utf8'), /2020\.01\.0 is not a content version this library has had/);
    await main(['--out', out]);
    assert.doesNotMatch(readFileSync(out, 'utf8'), /changes-since/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
