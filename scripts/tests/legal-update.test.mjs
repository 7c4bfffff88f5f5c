/**
 * `npm run legal:update` (scripts/legal-update.mjs): a bad entry fails for each rule with a line that
 * names the place and the problem, and nothing is written; a good entry is written as a place file,
 * listed in places/index.ts, all-records.ts and all-sources.ts, bumps the legal content version and adds a CHANGELOG
 * "Content" line. Also the 7-OH rule (never inherited from leaf) and source tiers the check relies on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_ROOT,
  addMonths,
  loadRuntime,
  nextContentVersion,
  readPlace,
  update,
  validateEntries,
  writePlaces,
} from '../legal-update.mjs';

const TODAY = '2026-12-06';
const federal = readPlace('US')?.jurisdiction;

/** A valid entry: a state that bans kratom and names 7-OH explicitly. */
function good() {
  return {
    jurisdiction: {
      code: 'US-AL',
      level: 'state',
      status: 'banned',
      rules: ['controlled-substance'],
      products: { '7-oh': { status: 'banned', rules: ['controlled-substance'] } },
      minimumAge: null,
      history: [{ date: '2016-05-10', status: 'banned' }],
      effective: '2016-05-10',
      effectiveApproximate: false,
      instrument: 'Act 2016-279',
      asOf: '2026-03',
      checked: TODAY,
      nextReview: '2027-12-06',
      confidence: 'high',
      sources: ['legal-us-al-1'],
      localRules: false,
    },
    sources: {
      'legal-us-al-1': {
        id: 'legal-us-al-1',
        authors: 'Legislature',
        title: 'Act 2016-279',
        venue: 'example.org',
        year: 2016,
        url: 'https://example.org/act-2016-279',
        kind: 'legal-primary',
      },
    },
  };
}

async function problemsOf(mutate, extra = []) {
  const entry = good();
  mutate(entry);
  return validateEntries([entry, ...extra], { today: TODAY, federal });
}

test('a good entry passes', async () => {
  assert.deepEqual(await validateEntries([good()], { today: TODAY, federal }), []);
});

test('the 2026-12 data record passes', async () => {
  const entries = JSON.parse(readFileSync(join(DEFAULT_ROOT, 'content-data/legal-2026-12.json'), 'utf8'));
  assert.equal(entries.length, 112);
  assert.deepEqual(await validateEntries(entries, { today: TODAY }), []);
});

const RULES = [
  ['not a valid ISO 3166 code', (e) => (e.jurisdiction.code = 'US-XX'), /US-XX.*not a valid ISO 3166 code/],
  ['unknown status', (e) => (e.jurisdiction.status = 'allowed'), /unknown status "allowed"/],
  ['unknown rule', (e) => e.jurisdiction.rules.push('tolerated'), /unknown rule "tolerated"/],
  ['missing confidence', (e) => delete e.jurisdiction.confidence, /unknown confidence/],
  ['missing level', (e) => delete e.jurisdiction.level, /unknown level/],
  ['both jurisdiction and unsourced', (e) => (e.unsourced = { ...e.jurisdiction }), /exactly one of/],
  ['effective not a date', (e) => (e.jurisdiction.effective = '10 May 2016'), /effective "10 May 2016"/],
  ['impossible date', (e) => (e.jurisdiction.effective = '2016-02-30'), /effective "2016-02-30"/],
  ['checked in the future', (e) => (e.jurisdiction.checked = '2026-12-07'), /checked 2026-12-07 is after today/],
  ['nextReview before checked', (e) => (e.jurisdiction.nextReview = '2026-12-01'), /must be after checked/],
  [
    'nextReview past the freshness policy (low confidence: 60 days)',
    (e) => {
      e.jurisdiction.confidence = 'low';
      e.jurisdiction.nextReview = '2027-03-06';
    },
    /later than the freshness policy allows \(2027-02-04/,
  ],
  [
    'nextReview past the freshness policy (pending change: 60 days)',
    (e) => e.jurisdiction.rules.push('pending-change'),
    /freshness policy allows \(2027-02-04/,
  ],
  [
    'nextReview past the freshness policy (medium: 6 months)',
    (e) => (e.jurisdiction.confidence = 'medium'),
    /freshness policy allows \(2027-06-06/,
  ],
  [
    'temporary order without end date',
    (e) => {
      e.jurisdiction.temporary = true;
      e.jurisdiction.nextReview = '2027-01-06';
    },
    /temporary or emergency order needs its "endDate"/,
  ],
  ['end date without temporary', (e) => (e.jurisdiction.endDate = '2027-08-28'), /"endDate" is only for temporary/],
  [
    'source id not in sources',
    (e) => e.jurisdiction.sources.push('legal-us-al-9'),
    /"legal-us-al-9" is not in "sources"/,
  ],
  ['source without url', (e) => delete e.sources['legal-us-al-1'].url, /legal-us-al-1: missing or invalid url/],
  ['source without title', (e) => (e.sources['legal-us-al-1'].title = ' '), /legal-us-al-1: missing title/],
  ['source without kind', (e) => delete e.sources['legal-us-al-1'].kind, /legal-us-al-1: missing or unknown kind/],
  [
    'a research lead cited (Kratom News Today)',
    (e) => (e.sources['legal-us-al-1'].url = 'https://github.com/tonalqualityx/kratom-news-today/blob/main/x.md'),
    /is a research lead .* must not be cited/,
  ],
  [
    'a research lead cited (hippie-scientist)',
    (e) => (e.sources['legal-us-al-1'].url = 'https://github.com/Razzleberrytt/hippie-scientist-site/blob/main/a.md'),
    /is a research lead/,
  ],
  [
    'a research lead cited (iKratom)',
    (e) => (e.sources['legal-us-al-1'].url = 'https://github.com/ohjustadam/ikratom/blob/main/seed.mjs'),
    /is a research lead/,
  ],
  [
    'confidence above low when the best source is a vendor',
    (e) => (e.sources['legal-us-al-1'].kind = 'vendor'),
    /best source is advocacy\/vendor\/forum: at most "low"/,
  ],
  [
    'a secondary source only seen cited counts as an interested party',
    (e) => {
      e.sources['legal-us-al-1'].kind = 'secondary';
      e.sources['legal-us-al-1'].seenVia = 'cited by a vendor blog; not opened';
      e.jurisdiction.confidence = 'medium';
      e.jurisdiction.nextReview = '2027-06-06';
    },
    /at most "low"/,
  ],
  [
    'history not oldest first',
    (e) => e.jurisdiction.history.unshift({ date: '2020', status: 'banned' }),
    /history: changes must be oldest first/,
  ],
  [
    'locality without a source of the place',
    (e) => {
      e.jurisdiction.localRules = true;
      e.jurisdiction.localities = [{ name: 'Springfield', kind: 'ban', sources: ['legal-us-al-7'] }];
    },
    /locality Springfield: source id "legal-us-al-7" is not in "sources"/,
  ],
  ['minimum age "not confirmed" without an age', (e) => (e.jurisdiction.minimumAgeUnverified = true), /no minimumAge/],
];

for (const [name, mutate, expected] of RULES) {
  test(`rejects: ${name}`, async () => {
    const problems = await problemsOf(mutate);
    assert.ok(
      problems.some((p) => expected.test(p)),
      `expected ${expected} in:\n${problems.join('\n')}`,
    );
  });
}

test('rejects a 7-OH answer of legal or regulated that is not explicit', async () => {
  const fed = structuredClone(federal);
  fed.products = { '7-oh': { status: 'legal', rules: [] } };
  fed.nextReview = '2027-01-06';
  const usEntry = { jurisdiction: fed, sources: readPlace('US').sources };
  const problems = await problemsOf((e) => delete e.jurisdiction.products, [usEntry]);
  assert.ok(
    problems.some((p) => /US-AL.*7-OH answer "legal" is not explicit/.test(p)),
    problems.join('\n'),
  );
});

test('rejects a US federal layer without an explicit 7-OH entry', async () => {
  const fed = structuredClone(federal);
  delete fed.products;
  const problems = await validateEntries([{ jurisdiction: fed, sources: readPlace('US').sources }], { today: TODAY });
  assert.ok(problems.some((p) => /needs an explicit products\["7-oh"\]/.test(p)));
});

test('an unsourced place may not carry sources or a status', async () => {
  const problems = await validateEntries(
    [
      {
        unsourced: { code: 'NZ', level: 'national', researchGuess: 'legal', checked: TODAY, nextReview: '2027-01-06' },
        sources: good().sources,
      },
    ],
    { today: TODAY },
  );
  assert.ok(problems.some((p) => /an unsourced place has no sources/.test(p)));
});

test('sevenOhRule: never the leaf status; explicit, federal layer, state law or not verified', async () => {
  const { sevenOhRule } = await loadRuntime();
  const fed = { code: 'US', rules: [], products: { '7-oh': { status: 'restricted', rules: ['sale-prohibited'] } } };
  const state = (rules, extra = {}) => ({ code: 'US-XY', status: 'legal', rules, ...extra });
  assert.deepEqual(sevenOhRule(state(['no-specific-law']), fed), {
    status: 'restricted',
    rules: ['sale-prohibited'],
    basis: 'federal-layer',
  });
  assert.equal(sevenOhRule(state(['age-limit', 'synthetic-ban']), fed).basis, 'state-law');
  assert.equal(sevenOhRule(state(['age-limit', 'synthetic-ban']), fed).status, 'banned');
  assert.equal(sevenOhRule(state(['potency-cap-7oh']), { code: 'US', rules: [] }).status, 'restricted');
  assert.equal(sevenOhRule(state(['no-specific-law'])).status, 'not-verified');
  assert.equal(sevenOhRule({ code: 'TH', status: 'regulated', rules: ['age-limit'] }, fed).status, 'not-verified');
  const explicit = state([], { products: { '7-oh': { status: 'legal', rules: [] } } });
  assert.equal(sevenOhRule(explicit, fed).basis, 'explicit');
});

test('a city or county rule is listed only on a source whose kind is news or better (seenVia does not lower it here)', async () => {
  const withLocality = (kind, seenVia) => (e) => {
    e.jurisdiction.localRules = true;
    e.jurisdiction.localities = [{ name: 'Lowell', kind: 'ban', sources: ['legal-us-al-2'] }];
    e.sources['legal-us-al-2'] = {
      id: 'legal-us-al-2',
      authors: 'Someone',
      title: 'Lowell ban',
      venue: 'example.com',
      year: 2024,
      url: 'https://example.com/lowell',
      kind,
      ...(seenVia ? { seenVia } : {}),
    };
  };
  assert.deepEqual(await problemsOf(withLocality('news')), []);
  assert.deepEqual(await problemsOf(withLocality('legal-primary', 'cited by a news report')), []);
  // A news report the research saw cited but did not open still names the rule.
  assert.deepEqual(await problemsOf(withLocality('news', 'cited by a blog')), []);
  for (const [kind, seenVia, tier] of [
    ['vendor', undefined, 'interested'],
    ['secondary', undefined, 'secondary'],
    ['advocacy', 'cited by a news report', 'interested'],
  ]) {
    const problems = await problemsOf(withLocality(kind, seenVia));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0],
      new RegExp(`US-AL\\): locality Lowell: no source of tier news or better \\(${tier}\\); leave it out`),
    );
  }
  // The 2026-12 data follows it: Massachusetts keeps "local rules" without Lowell, Chelmsford, Dracut.
  const entries = JSON.parse(readFileSync(join(DEFAULT_ROOT, 'content-data/legal-2026-12.json'), 'utf8'));
  const ma = entries.find((e) => e.jurisdiction?.code === 'US-MA').jurisdiction;
  assert.equal(ma.localRules, true);
  assert.deepEqual(
    (ma.localities ?? []).map((l) => l.name).filter((n) => ['Lowell', 'Chelmsford', 'Dracut'].includes(n)),
    [],
  );
});

test('source tiers: kind decides, seenVia one lower, best tier wins', async () => {
  const { legalSourceTier, bestTier } = await loadRuntime();
  assert.equal(legalSourceTier({ kind: 'legal-primary' }), 'primary');
  assert.equal(legalSourceTier({ kind: 'legal-primary', seenVia: 'x' }), 'official-mirror');
  assert.equal(legalSourceTier({ kind: 'vendor', seenVia: 'x' }), 'interested');
  assert.equal(bestTier([{ kind: 'vendor' }, { kind: 'news' }]), 'news');
  assert.equal(bestTier([]), undefined);
});

test('dates: content version and months', () => {
  assert.equal(nextContentVersion('2026.11.0', '2026-12-06'), '2026.12.0');
  assert.equal(nextContentVersion('2026.12.0', '2026-12-20'), '2026.12.1');
  assert.equal(addMonths('2026-08-31', 6), '2027-02-28');
});

/** A throwaway project root with the real US place, review.ts and a CHANGELOG. */
async function scratchRoot() {
  const root = mkdtempSync(join(tmpdir(), 'legal-update-'));
  mkdirSync(join(root, 'src/content'), { recursive: true });
  writeFileSync(
    join(root, 'src/content/review.ts'),
    "export const REVIEWS = {\n  legal: { area: 'legal', lastReviewed: '2026-11-24', nextReview: '2027-02-24', contentVersion: '2026.12.0' },\n};\n",
  );
  writeFileSync(join(root, 'CHANGELOG.md'), '# Changelog\n\n## Unreleased\n\n### Fixed\n\n- Something.\n\n## 0.1.0\n');
  await writePlaces([readPlace('US')], { root, order: ['US'] });
  return root;
}

test('a good entry is written, listed, versioned and logged', async () => {
  const root = await scratchRoot();
  try {
    const { problems, written, version } = await update([good()], { root, today: TODAY });
    assert.deepEqual(problems, []);
    assert.deepEqual(written, ['US-AL']);
    assert.equal(version, '2026.12.1');
    // Two files: the record (what the closed badge needs, with its sources' best tier) and the sources.
    const file = readFileSync(join(root, 'src/content/legal/places/us-al.ts'), 'utf8');
    assert.match(file, /import type \{ LegalPlaceRecord \} from '\.\.\/place-record\.js';/);
    assert.match(file, /export default place;/);
    assert.match(file, /bestTier: 'primary',\n\s*secondHandOnly: false,/);
    assert.doesNotMatch(file, /example\.org/, 'the record holds no source');
    const sources = readFileSync(join(root, 'src/content/legal/places/us-al.sources.ts'), 'utf8');
    assert.match(sources, /import type \{ LegalPlaceSources \} from '\.\.\/place-record\.js';/);
    assert.match(sources, /url: 'https:\/\/example\.org\/act-2016-279'/);
    assert.deepEqual(readPlace('US-AL', root), good());
    const index = readFileSync(join(root, 'src/content/legal/places/index.ts'), 'utf8');
    assert.match(index, /PLACE_CODES: readonly string\[\] = \['US', 'US-AL'\]/);
    assert.match(index, /PLACE_LOADERS[^]*'US-AL': \(\) => import\('\.\/us-al\.js'\)[^]*SOURCE_LOADERS/);
    assert.match(index, /SOURCE_LOADERS[^]*'US-AL': \(\) => import\('\.\/us-al\.sources\.js'\)/);
    const records = readFileSync(join(root, 'src/content/legal/places/all-records.ts'), 'utf8');
    assert.match(records, /import place_us_al from '\.\/us-al\.js'/);
    assert.match(records, /ALL_RECORDS[^]*'US-AL': place_us_al/);
    const allSources = readFileSync(join(root, 'src/content/legal/places/all-sources.ts'), 'utf8');
    assert.match(allSources, /import place_us_al_sources from '\.\/us-al\.sources\.js'/);
    assert.match(allSources, /ALL_SOURCES[^]*'US-AL': place_us_al_sources/);
    const review = readFileSync(join(root, 'src/content/review.ts'), 'utf8');
    assert.match(review, /lastReviewed: '2026-12-06', nextReview: '2027-02-24', contentVersion: '2026\.12\.1'/);
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    assert.match(
      changelog,
      /## Unreleased[\s\S]*### Content\n\n- Legal data 2026\.12\.1 \(checked 2026-12-06\): updated US-AL\.\n[\s\S]*## 0\.1\.0/,
    );
    // The content history gets the same line, so content:check (every version has an entry) stays green.
    const history = JSON.parse(readFileSync(join(root, 'content-data/history.json'), 'utf8'));
    assert.deepEqual(history.versions[0].version, '2026.12.1');
    assert.deepEqual(history.versions[0].changes, {
      legal: ['Legal data 2026.12.1 (checked 2026-12-06): updated US-AL.'],
    });
    // Running the same entry again changes nothing.
    const again = await update([good()], { root, today: TODAY });
    assert.deepEqual(again.written, []);
    assert.equal(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), changelog);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the command exits 1 with one line per problem and writes nothing', async () => {
  const root = await scratchRoot();
  try {
    const bad = good();
    bad.jurisdiction.code = 'US-XX';
    bad.sources['legal-us-al-1'].kind = 'vendor';
    const input = join(root, 'entries.json');
    writeFileSync(input, JSON.stringify([bad]));
    const run = spawnSync(
      process.execPath,
      [join(DEFAULT_ROOT, 'scripts/legal-update.mjs'), input, '--root', root, '--today', TODAY],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 1);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 3, run.stderr);
    assert.match(lines[0], /^legal:update: entry 1 \(US-XX\): "US-XX" is not a valid ISO 3166 code$/);
    assert.match(lines[1], /at most "low"/);
    assert.match(lines[2], /2 problem\(s\); nothing written/);
    assert.equal(existsSync(join(root, 'src/content/legal/places/us-xx.ts')), false);
    assert.match(readFileSync(join(root, 'src/content/review.ts'), 'utf8'), /contentVersion: '2026\.12\.0'/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
