import { expect } from '@open-wc/testing';
import { formatEnglishNumber, formatNumber, formatPartialDate, pluralCategory } from '../src/shared/format.js';
import { SINGLE_GRAPHEMES } from '../src/shared/text-wrap.js';

// English (the source locale) is formatted without Intl, because the first Intl formatter a page
// constructs costs more main-thread time than a widget's render. These tests hold that shortcut to
// what Intl itself gives for "en" in this browser, so a browser whose Intl says otherwise fails here.
// That no Intl object is built on an English page, and the remembered date, are performance
// internals: test/perf/format.test.ts.

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values where `formatNumber(v, options, 'en')` differs from Intl (at most 5, for the message). */
function mismatches(values: Iterable<number>, options: Intl.NumberFormatOptions): string[] {
  const intl = new Intl.NumberFormat('en', options);
  const out: string[] = [];
  for (const v of values) {
    const ours = formatNumber(v, options, 'en');
    const theirs = intl.format(v);
    if (ours !== theirs) out.push(`${v}: ${ours} ≠ ${theirs}`);
    if (out.length === 5) break;
  }
  return out;
}

function* range(from: number, to: number, step = 1): Generator<number> {
  for (let i = from; i <= to; i += step) yield i;
}

const OPTION_SETS: Intl.NumberFormatOptions[] = [
  {},
  { useGrouping: false },
  { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  { style: 'percent', maximumFractionDigits: 1 },
  { style: 'percent' },
  { maximumFractionDigits: 0 },
  { maximumFractionDigits: 2 },
  { minimumFractionDigits: 2 },
];

describe('English number and date formatting (without Intl, the same as Intl)', () => {
  it('gives the same numbers as Intl for every whole number up to 100,000 and at every power of ten', () => {
    const powers = [...range(1, 20)].flatMap((k) => [10 ** k - 1, 10 ** k, 10 ** k + 1]);
    for (const options of OPTION_SETS) {
      expect(mismatches(range(0, 100_000), options), JSON.stringify(options)).to.deep.equal([]);
      expect(mismatches(powers, options), JSON.stringify(options)).to.deep.equal([]);
    }
  });

  it('rounds like Intl: half away from zero, on the shortest decimal form (1.005 → 1.01)', () => {
    expect(formatNumber(1.005, { maximumFractionDigits: 2 }, 'en')).to.equal('1.01');
    expect(formatNumber(0.15, { maximumFractionDigits: 1 }, 'en')).to.equal('0.2');
    expect(formatNumber(9.96, { maximumFractionDigits: 1 }, 'en')).to.equal('10');
    expect(formatNumber(0.0125, { style: 'percent', maximumFractionDigits: 1 }, 'en')).to.equal('1.3%');
    const thousandths = [...range(0, 100_000)].map((k) => k / 1000);
    const hundredthsOfPercent = [...range(0, 10_000)].map((k) => k / 100 / 100);
    const next = random(20261125);
    const randoms = [...range(1, 20_000)].map((i) => next() * 10 ** ((i % 12) - 4));
    for (const options of OPTION_SETS) {
      for (const values of [thousandths, hundredthsOfPercent, randoms]) {
        expect(mismatches(values, options), JSON.stringify(options)).to.deep.equal([]);
      }
    }
  });

  it('leaves Intl to format what the shortcut does not cover', () => {
    const odd = [-1, -0, -1234.5, NaN, Infinity, 1e21, 1.5e-7, 123456789012345680000];
    for (const options of OPTION_SETS) expect(mismatches(odd, options), JSON.stringify(options)).to.deep.equal([]);
    expect(formatEnglishNumber(1, { style: 'currency', currency: 'USD' })).to.equal(undefined);
    expect(formatEnglishNumber(1, { notation: 'compact' })).to.equal(undefined);
    expect(formatEnglishNumber(-1, {})).to.equal(undefined);
    expect(formatNumber(1234.5, { style: 'currency', currency: 'USD' }, 'en')).to.equal('$1,234.50');
    // Other locales always go through Intl.
    expect(formatNumber(1234.5, {}, 'de')).to.equal(new Intl.NumberFormat('de').format(1234.5));
  });

  it('gives the same English plural categories as Intl for every whole number up to 100,000, and fractions', () => {
    const intl = new Intl.PluralRules('en');
    const values = [...range(0, 100_000), 10 ** 9, 2 ** 53, 0.5, 1.5, 1.0000001, -1, -2];
    const bad = values.filter((n) => pluralCategory(n, 'en') !== intl.select(n));
    expect(bad).to.deep.equal([]);
    // Other locales go through Intl (Polish has "few" and "many").
    expect([1, 2, 5, 22].map((n) => pluralCategory(n, 'pl'))).to.deep.equal(['one', 'few', 'many', 'few']);
  });

  it('gives the same dates as Intl for every day, month and year the content can hold', () => {
    const options = {
      d: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
      m: { year: 'numeric', month: 'long', timeZone: 'UTC' },
      y: { year: 'numeric', timeZone: 'UTC' },
    } as const;
    const intl = {
      d: new Intl.DateTimeFormat('en', options.d),
      m: new Intl.DateTimeFormat('en', options.m),
      y: new Intl.DateTimeFormat('en', options.y),
    };
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const bad: string[] = [];
    const check = (value: string, kind: 'd' | 'm' | 'y', date: Date) => {
      const ours = formatPartialDate(value, 'en');
      const theirs = intl[kind].format(date);
      if (ours !== theirs && bad.length < 5) bad.push(`${value}: ${ours} ≠ ${theirs}`);
    };
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const date = new Date(t);
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      check(`${y}-${pad(m)}-${pad(d)}`, 'd', date);
      if (d === 1) check(`${y}-${pad(m)}`, 'm', date);
    }
    for (let y = 1000; y <= 9999; y++) check(String(y), 'y', new Date(Date.UTC(y, 0, 1)));
    expect(bad).to.deep.equal([]);
    // Impossible dates are not the shortcut's business: Intl formats what Date makes of them, as before.
    expect(formatPartialDate('2025-02-30', 'en')).to.equal(intl.d.format(new Date(Date.UTC(2025, 1, 30))));
    expect(formatPartialDate('2025-13', 'en')).to.equal(intl.m.format(new Date(Date.UTC(2025, 12, 1))));
  });

  it('skips the grapheme segmenter only for characters that are graphemes on their own', () => {
    const ranges = SINGLE_GRAPHEMES.source.match(
      /\\x[0-9a-f]{2}-\\(?:x[0-9a-f]{2}|u[0-9a-f]{4})|\\u[0-9a-f]{4}-\\u[0-9a-f]{4}/g,
    )!;
    const chars: string[] = [];
    for (const r of ranges) {
      const [from, to] = r.split('-').map((e) => parseInt(e.slice(2), 16)) as [number, number];
      for (let c = from; c <= to; c++) chars.push(String.fromCodePoint(c));
    }
    expect(chars.length).to.be.greaterThan(900);
    expect(SINGLE_GRAPHEMES.test(chars.join(''))).to.equal(true);
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const count = (s: string) => [...segmenter.segment(s)].length;
    // Every character alone, doubled, between letters, and beside every other one of them.
    const joined: string[] = [];
    for (const c of chars) if (count(`a${c}${c}é${c}`) !== 5) joined.push(c);
    expect(joined, 'joins its neighbours').to.deep.equal([]);
    expect(count(chars.join(''))).to.equal(chars.length);
    expect(count([...chars].reverse().join(''))).to.equal(chars.length);
    // Combining marks and emoji sequences fall outside it and go to the segmenter.
    for (const s of ['e\u0301', '👍🏽', '🇩🇪', 'क्षि', '각']) expect(SINGLE_GRAPHEMES.test(s), s).to.equal(false);
  });
});
