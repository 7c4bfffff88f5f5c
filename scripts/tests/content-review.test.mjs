/**
 * `npm run content:review` writes one self-contained HTML packet a medical reviewer can sign: every
 * risk item, urgent sign and first-aid step in English, with sources and a sign-off table, and no
 * script or external resource.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { escapeHtml, main, parseArgs } from '../content-review.mjs';
import { loadContent } from '../check-content.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'kratom-review-test-'));
const out = path.join(dir, 'packet.html');
const ready = (async () => {
  await main(['--out', out]);
  return { html: readFileSync(out, 'utf8'), c: await loadContent() };
})();
ready.catch(() => {}); // each test below reports a failed build itself
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('the packet holds every risk item: statement, why it matters, what to do, severity', async () => {
  const { html, c } = await ready;
  assert.ok(c.RISKS.length >= 15);
  for (const r of c.RISKS) {
    for (const text of [r.question(), r.why.text(), r.action()])
      assert.ok(html.includes(escapeHtml(text)), `risk ${r.id}: "${text}" is missing`);
    assert.match(html, new RegExp(`id="risk\\.${r.id}"[\\s\\S]*?Severity: [^<]*\\(${r.severity}\\)`));
  }
});

test('the packet holds every urgent sign, first-aid step, correction and evidence level', async () => {
  const { html, c } = await ready;
  const texts = [
    ...c.URGENT_SIGNS.map((s) => s.text()),
    ...c.NALOXONE_GUIDANCE.map((n) => n.text()),
    ...c.CORRECTIONS.flatMap((k) => [k.popular(), k.correction.text(), ...k.points.map((p) => p.text())]),
    ...c.PAIN_EVIDENCE.map((p) => p.text()),
    ...c.PATHWAY_STEPS.map((s) => s.claim.text()),
    ...c.ALKALOIDS.flatMap((a) => [a.role.text(), a.caveat.text(), ...a.receptors.map((r) => r.claim.text())]),
    ...c.EVIDENCE_LEVELS.map((l) => c.evidenceLevelExplanation(l)),
  ];
  for (const text of texts) assert.ok(html.includes(escapeHtml(text)), `"${text}" is missing`);
});

test('each item shows its full sources with links, where it appears and its review dates', async () => {
  const { html, c } = await ready;
  const opioids = c.RISKS.find((r) => r.id === 'opioids');
  const block = html.slice(html.indexOf('id="risk.opioids"'), html.indexOf('</dl>', html.indexOf('id="risk.opioids"')));
  for (const id of opioids.why.sources) {
    const s = c.evidenceSources[id];
    assert.ok(block.includes(escapeHtml(s.title)), `source ${id} title`);
    assert.ok(block.includes(`href="${escapeHtml(new URL(s.url).href)}"`), `source ${id} link`);
  }
  assert.match(block, /Appears in<\/dt><dd>&lt;kratom-risk-checklist&gt;/);
  assert.ok(block.includes(`last reviewed ${c.reviews.risks.lastReviewed}`));
  assert.ok(block.includes(`content ${c.reviews.risks.contentVersion}`));
});

test('the packet ends with a sign-off table: name, role and credentials, date, signature, decision per section', async () => {
  const { html } = await ready;
  const table = html.slice(
    html.indexOf('<table class="signoff"'),
    html.indexOf('</table>', html.indexOf('<table class="signoff"')),
  );
  for (const head of ['Section', 'Decision', 'Name', 'Role and credentials', 'Date', 'Signature'])
    assert.match(table, new RegExp(`<th scope="col">${head}</th>`));
  for (const section of ['Alkaloid cards', 'Risk items', 'Urgent signs and first aid', 'Whole packet'])
    assert.ok(table.includes(section), section);
  assert.ok((table.match(/☐ Approved with changes/g) ?? []).length >= 7, 'a decision per section and overall');
});

test('the packet is self-contained: no script, no external resource', async () => {
  const { html } = await ready;
  assert.doesNotMatch(html, /<script|<link|<img|<iframe|<object|\ssrc=|@import|url\(/i);
  assert.match(html, /^<!doctype html>/);
});

test('--locale shows each text beside its translation and marks texts not translated yet', async () => {
  const deOut = path.join(dir, 'packet-de.html');
  await main(['--out', deOut, '--locale', 'de']);
  const html = readFileSync(deOut, 'utf8');
  const pairs = [...html.matchAll(/<p class="[^"]*">([\s\S]*?)<\/p><p class="[^"]*" lang="de">([\s\S]*?)<\/p>/g)];
  const { c } = await ready;
  assert.ok(pairs.length >= c.RISKS.length * 3, `${pairs.length} English–German pairs`);
  const translated = pairs.filter(([, en, de]) => !de.includes('not translated yet') && de !== en);
  assert.ok(translated.length > pairs.length / 2, `${translated.length} of ${pairs.length} pairs translated`);
  for (const [, en, de] of pairs) if (de.startsWith(en)) assert.match(de, /not translated yet/);
});

test('options: --out, --locale, --pdf with a default name', () => {
  assert.deepEqual(parseArgs([]), { out: 'review/kratom-content-review.html', locale: null, pdf: null, since: null });
  assert.deepEqual(parseArgs(['--out', 'x/a.html', '--locale', 'de', '--pdf']), {
    out: 'x/a.html',
    locale: 'de',
    pdf: 'x/a.pdf',
    since: null,
  });
  assert.equal(parseArgs(['--since', '2026.11.0']).since, '2026.11.0');
  assert.throws(() => parseArgs(['--since']), /--since needs a content version/);
  assert.equal(parseArgs(['--pdf', 'b.pdf']).pdf, 'b.pdf');
  assert.throws(() => parseArgs(['--bogus']), /unknown argument --bogus/);
});
