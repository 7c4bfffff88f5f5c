/**
 * Injected into every benchmark page before its own scripts (CDP Page.addScriptToEvaluateOnNewDocument),
 * so the measured pages carry no measuring code and the static floor stays script-free. Records
 * first contentful paint, layout shifts, and `ready`: the first animation frame in which every
 * kratom widget shows its final content. A page without module scripts (the static floor) is
 * ready once the parser has attached every declarative shadow root.
 */
(() => {
  const TAGS = 'kratom-legal-badge,kratom-risk-checklist,kratom-alkaloid-explainer,kratom-mechanism-diagram';
  const bench = (window.__bench = { fcp: null, ready: null, shifts: [] });
  // Chromium keeps 250 resource entries by default; the 100-badge page fetches more than that.
  performance.setResourceTimingBufferSize(100000);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) bench.shifts.push({ t: e.startTime, value: e.value });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // Paint/layout-shift timing unavailable: the harness reports n/a.
  }
  const done = (el) => {
    const root = el.shadowRoot;
    if (!root) return false;
    if (!document.querySelector('script[type="module"]')) return true;
    if (!root.querySelector('.kratom-base') || !(customElements.get(el.localName) && el.hasUpdated)) return false;
    if (root.querySelector('[aria-busy="true"]')) return false;
    const explainer = el.localName === 'kratom-alkaloid-explainer' && !el.hasAttribute('compact');
    return !explainer || !!root.querySelector('.structure-drawing');
  };
  const check = () => {
    const els = document.querySelectorAll(TAGS);
    if (document.readyState !== 'loading' && els.length && [...els].every(done)) bench.ready = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  /** CLS as Chromium defines it: the largest session window (gaps < 1 s, window ≤ 5 s). */
  bench.cls = () => {
    let [best, cur, start, last] = [0, 0, -Infinity, -Infinity];
    for (const s of bench.shifts) {
      if (s.t - last > 1000 || s.t - start > 5000) [cur, start] = [0, s.t];
      cur += s.value;
      last = s.t;
      best = Math.max(best, cur);
    }
    return best;
  };
})();
