/**
 * Every place's shipped legal data agrees with the research it comes from
 * (../shared/research/legal-status.json, the 2026-12-06 update): same places, the same status and
 * confidence for every sourced place, places the research found no source for stay "not verified",
 * no source the research lists only as a lead is cited, and Massachusetts, Tennessee and Kansas
 * are banned. Skipped only where the research folder is absent (a package consumer's checkout).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { importTs } from '../lib/import-ts.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RESEARCH = path.resolve(ROOT, '../shared/research/legal-status.json');

async function shippedPlaces() {
  return (await importTs('src/content/legal/places/all.ts')).ALL_PLACES;
}

test(
  'shipped legal data agrees with the 2026-12 research, place by place',
  { skip: !existsSync(RESEARCH) && 'no research folder' },
  async () => {
    const research = JSON.parse(readFileSync(RESEARCH, 'utf8'));
    const places = await shippedPlaces();
    const byCode = new Map(places.map((p) => [(p.jurisdiction ?? p.unsourced).code, p]));
    assert.equal(places.length, research.length, 'one place per research entry');
    for (const r of research) {
      const place = byCode.get(r.code);
      assert.ok(place, `${r.code} is in the data`);
      if (r.sources.length === 0) {
        assert.ok(place.unsourced, `${r.code}: the research found no source, so the badge says "not verified"`);
        continue;
      }
      const j = place.jurisdiction;
      assert.ok(j, `${r.code}: sourced in the research, so it has a status`);
      assert.equal(j.status, r.status, `${r.code}: status`);
      assert.equal(j.confidence, r.confidence, `${r.code}: confidence`);
      const leads = new Set((r.leads ?? []).map((l) => (typeof l === 'string' ? l : l.url)));
      for (const id of j.sources) {
        const url = place.sources?.[id]?.url;
        if (url) assert.ok(!leads.has(url), `${r.code}: cites a research lead (${url})`);
      }
    }
    for (const code of ['US-MA', 'US-TN', 'US-KS'])
      assert.equal(byCode.get(code).jurisdiction.status, 'banned', `${code} is banned since 2026`);
  },
);
