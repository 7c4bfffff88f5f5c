/**
 * Injected into every benchmark page before its own scripts (CDP Page.addScriptToEvaluateOnNewDocument),
 * so the measured pages themselves carry no measuring code and the static-HTML floor stays script-free.
 * Records: first contentful paint, layout shifts (CLS session windows), and `ready` — the time of
 * the first animation frame in which every kratom widget on the page shows its final content
 * (shadow root present, not loading, upgraded when the page loads scripts, structure drawing in).
 */
(() => {
  const TAGS = 'kratom-legal-badge,kratom-risk-checklist,kratom-alkaloid-explainer,kratom-mechanism-diagram';
  const bench = (window.__bench = { fcp: null, ready: null, shifts: [], frames: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        bench.shifts.push({
          t: e.startTime,
          value: e.value,
          sources: (e.sources || []).map((s) => {
            const n = s.node;
            const name = n
              ? n.nodeType === 1
                ? n.localName +
                  (n.id ? '#' + n.id : '') +
                  (n.className && typeof n.className === 'string' ? '.' + n.className.split(' ')[0] : '')
                : '#text'
              : '?';
            const host = n && n.getRootNode && n.getRootNode().host;
            return (
              (host ? host.localName + ' › ' : '') +
              name +
              ` ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`
            );
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // Paint/layout-shift timing unavailable: the harness reports n/a.
  }
  const needsUpgrade = () => !!document.querySelector('script[type="module"]');
  const done = (el) => {
    const root = el.shadowRoot;
    if (!root || !root.querySelector('.kratom-base')) return false;
    if (needsUpgrade() && !(customElements.get(el.localName) && el.hasUpdated)) return false;
    if (root.querySelector('[aria-busy="true"]')) return false;
    if (
      el.localName === 'kratom-alkaloid-explainer' &&
      !el.hasAttribute('compact') &&
      !root.querySelector('.structure-drawing')
    )
      return false;
    return true;
  };
  const check = () => {
    bench.frames++;
    const els = document.querySelectorAll(TAGS);
    if (document.readyState !== 'loading' && els.length && [...els].every(done)) {
      bench.ready = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  /** CLS as Chromium defines it: largest session window (gap < 1 s, window ≤ 5 s). */
  bench.cls = () => {
    let best = 0;
    let cur = 0;
    let start = -Infinity;
    let last = -Infinity;
    for (const s of bench.shifts) {
      if (s.t - last > 1000 || s.t - start > 5000) {
        cur = 0;
        start = s.t;
      }
      cur += s.value;
      last = s.t;
      best = Math.max(best, cur);
    }
    return best;
  };
})();
