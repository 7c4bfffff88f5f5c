/**
 * Small, dependency-free statistics for noisy machines: medians, percentile-bootstrap confidence
 * intervals (seeded, so a run is reproducible given its samples), and paired ratios.
 */

/** Deterministic PRNG (mulberry32) so bootstrap intervals do not wobble between report renders. */
function rng(seed = 0x9e3779b9) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function median(values) {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Percentile bootstrap of `stat` over `samples` (array of items; each resample draws items with
 * replacement). Returns { value, lo, hi, n }.
 */
export function bootstrap(samples, stat, { iterations = 2000, level = 0.95, seed } = {}) {
  const n = samples.length;
  const value = stat(samples);
  if (n < 3) return { value, lo: NaN, hi: NaN, n };
  const next = rng(seed);
  const out = [];
  const pick = new Array(n);
  for (let i = 0; i < iterations; i++) {
    for (let j = 0; j < n; j++) pick[j] = samples[Math.floor(next() * n)];
    const v = stat(pick);
    if (Number.isFinite(v)) out.push(v);
  }
  out.sort((a, b) => a - b);
  const alpha = (1 - level) / 2;
  return { value, lo: quantile(out, alpha), hi: quantile(out, 1 - alpha), n };
}

/** Median of a sample with a bootstrap CI of the median. */
export function medianCI(values, opts) {
  return bootstrap(values.filter(Number.isFinite), median, opts);
}

/**
 * Ratio of medians A/B for interleaved trials. Pairs (a_i, b_i) were measured back to back, so the
 * bootstrap resamples pairs, which keeps slow drifts of the machine out of the ratio.
 */
export function ratioCI(a, b, opts) {
  const pairs = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (Number.isFinite(a[i]) && Number.isFinite(b[i]) && b[i] > 0) pairs.push([a[i], b[i]]);
  }
  return bootstrap(pairs, (p) => median(p.map((x) => x[0])) / median(p.map((x) => x[1])), opts);
}

/** Least-squares slope and intercept of y on x (for growth with instance count). */
export function linearFit(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

export function fmt(x, digits = 2) {
  if (!Number.isFinite(x)) return '–';
  return x.toFixed(digits);
}

/** "1.23 [1.10–1.40]" */
export function fmtCI(ci, digits = 2, unit = '') {
  if (!ci || !Number.isFinite(ci.value)) return 'n/a';
  const range = Number.isFinite(ci.lo) ? ` [${fmt(ci.lo, digits)}–${fmt(ci.hi, digits)}]` : '';
  return `${fmt(ci.value, digits)}${unit}${range}`;
}
