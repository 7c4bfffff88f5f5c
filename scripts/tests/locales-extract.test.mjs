/**
 * Review marks survive `npm run locales:extract` (lit-localize itself drops them): approved units
 * stay approved, drafts stay drafts, and an approved unit whose English changed loses approval.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseXliff } from '../xliff.mjs';

test('approved and draft marks survive extraction; changed sources lose approval', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kratom-extract-'));
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const configPath = `.lit-localize.extract-test.${process.pid}.json`;
  writeFileSync(
    configPath,
    JSON.stringify({ ...config, targetLocales: ['es'], interchange: { ...config.interchange, xliffDir: `${dir}/` } }),
  );
  try {
    let text = readFileSync('locales/es.xlf', 'utf8');
    const addTarget = (id, attrs, target, transAttrs = '') => {
      text = text.replace(
        new RegExp(`<trans-unit id="${id.replace(/\./g, '\\.')}"[^>]*>([\\s\\S]*?)</trans-unit>`),
        (all, body) => {
          const clean = body.replace(/\n\s*<target[^>]*>[\s\S]*?<\/target>/, '');
          return `<trans-unit id="${id}"${transAttrs}>${clean.replace('</source>', `</source>\n  <target${attrs}>${target}</target>`)}</trans-unit>`;
        },
      );
    };
    addTarget('legalBadge.status.banned', ' state="final"', 'Prohibido', ' approved="yes"');
    addTarget('legalBadge.status.legal', ' state="needs-review-translation"', 'Legal');
    addTarget('legalBadge.status.regulated', ' state="final"', 'Regulado', ' approved="yes"');
    // Pretend the English of "regulated" was different when it was approved.
    text = text.replace(
      /(<trans-unit id="legalBadge\.status\.regulated"[^>]*>\s*<source>)[^<]*/,
      '$1Regulated (old wording)',
    );
    writeFileSync(path.join(dir, 'es.xlf'), text);

    const r = spawnSync(process.execPath, ['scripts/locales-extract.mjs', '--config', configPath], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const units = new Map(parseXliff(readFileSync(path.join(dir, 'es.xlf'), 'utf8')).units.map((u) => [u.id, u]));
    const banned = units.get('legalBadge.status.banned');
    assert.equal(banned.approved, true);
    assert.equal(banned.state, 'final');
    assert.equal(banned.target, 'Prohibido');
    const legal = units.get('legalBadge.status.legal');
    assert.equal(legal.approved, false);
    assert.equal(legal.state, 'needs-review-translation');
    const regulated = units.get('legalBadge.status.regulated');
    assert.equal(regulated.approved, false, 'source changed → approval removed');
    assert.equal(regulated.state, 'needs-review-translation');
    assert.equal(regulated.target, 'Regulado');
  } finally {
    rmSync(configPath, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
