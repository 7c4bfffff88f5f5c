/**
 * Layout shift around a legal badge in running text, from the tag in the HTML to its final status:
 * the page reserves the badge's space with the `:not(:defined)` sizing snippet of
 * docs/performance.md (read from that file, so the documented snippet is what is tested), then the
 * element is defined, renders "Loading…" and then its place's status and notes. A reader sees no
 * jump if the paragraph keeps its height through all three. The element is defined only inside the
 * test (no static import of its define module), so its undefined placeholder can be measured.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';

async function sizingSnippet(): Promise<string> {
  const doc = await (await fetch('/docs/performance.md')).text();
  const section = doc.slice(doc.indexOf('## Reserve the widgets'));
  const css = /```css\n([\s\S]*?)```/.exec(section)?.[1];
  if (!css) throw new Error('docs/performance.md has no sizing snippet');
  return css;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('layout shift: legal badges in running text with the documented sizing snippet', () => {
  it('keep what follows in place from tag to "Loading…" to status and notes, at 720 and 320 px', async () => {
    const style = document.createElement('style');
    style.textContent = await sizingSnippet();
    document.head.append(style);
    const cases = (
      [
        [720, 'US-AL'],
        [320, 'US-TN'],
      ] as const
    ).map(([width, place]) => {
      const article = document.createElement('article');
      article.style.inlineSize = `${width}px`;
      article.style.fontSize = '16px';
      article.style.lineHeight = '1.6';
      article.innerHTML = `<p>Legal status in this place: <kratom-legal-badge jurisdiction="${place}"></kratom-legal-badge></p><p>After.</p>`;
      document.body.append(article);
      const after = article.querySelectorAll('p')[1]!;
      const badge = article.querySelector('kratom-legal-badge') as KratomLegalBadge;
      return { name: `${width} px, ${place}`, article, badge, top: () => after.getBoundingClientRect().top };
    });
    const shifts: number[] = [];
    const observing = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(e.value);
    });
    if (observing) observer.observe({ type: 'layout-shift' });
    try {
      await frame();
      const placeholder = cases.map((c) => c.top());
      expect(customElements.get('kratom-legal-badge'), 'not defined before the test defines it').to.equal(undefined);
      await import('../src/define/kratom-legal-badge.js');
      await Promise.all(cases.map((c) => c.badge.updateComplete));
      const loadingSeen = cases.map((c) => c.badge.status);
      await frame();
      const loading = cases.map((c) => c.top());
      await waitUntil(() => cases.every((c) => c.badge.status !== 'loading'), 'legal data loaded', { timeout: 5000 });
      await Promise.all(cases.map((c) => c.badge.updateComplete));
      await frame();
      const final = cases.map((c) => c.top());
      for (const [i, c] of cases.entries()) {
        expect(loadingSeen[i], `${c.name}: "Loading…" was rendered (else this test checks nothing)`).to.equal(
          'loading',
        );
        // Within 1 px of the placeholder: WebKit lays the defined badge out 0.5 px shorter than the
        // snippet's 4.125rem (sub-pixel rounding of its line boxes); the bug this catches was 27 px.
        const where = `${c.name}: top of what follows (placeholder ${placeholder[i]}, "Loading…" ${loading[i]}, status ${final[i]})`;
        expect(loading[i], where).to.be.closeTo(placeholder[i]!, 1);
        expect(final[i], where).to.be.closeTo(loading[i]!, 0.5);
      }
      if (observing) {
        for (const e of observer.takeRecords() as (PerformanceEntry & { value: number })[]) shifts.push(e.value);
        expect(shifts, 'layout-shift entries (Chromium)').to.deep.equal([]);
      }
    } finally {
      observer.disconnect();
      cases.forEach((c) => c.article.remove());
      style.remove();
    }
  });
});

describe('layout shift: a risk checklist with the publisher help configured', () => {
  it('has the help block in its first render and keeps its height afterwards (the block never arrives late)', async () => {
    // Nothing on this page has loaded the help block's code yet (it loads only for an element with help).
    const helpFetched = () =>
      performance.getEntriesByType('resource').some((e) => /\/shared\/publisher-help\.(ts|js)$/.test(e.name));
    expect(helpFetched(), 'help block not loaded before the test').to.equal(false);
    const article = document.createElement('article');
    article.style.inlineSize = '720px';
    article.innerHTML =
      '<kratom-risk-checklist emergency-number="999" help-name="Kratom support line, Anytown Health" help-phone="020 7946 0958"></kratom-risk-checklist><p>After.</p>';
    document.body.append(article);
    const el = article.querySelector('kratom-risk-checklist') as HTMLElement & { updateComplete: Promise<boolean> };
    const after = article.querySelector('p')!;
    const shifts: number[] = [];
    const observing = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(e.value);
    });
    try {
      await import('../src/define/kratom-risk-checklist.js');
      await el.updateComplete;
      // The first render is what the reader first sees: the help block must be in it.
      const help = el.shadowRoot!.querySelector<HTMLElement>('[part~="urgent"] [part~="help"]');
      expect(help, 'help block in the first render').to.not.equal(null);
      expect(help!.hidden).to.equal(false);
      expect(help!.textContent).to.contain('Kratom support line, Anytown Health');
      await frame();
      if (observing) observer.observe({ type: 'layout-shift' });
      const first = after.getBoundingClientRect().top;
      for (let i = 0; i < 5; i++) {
        await el.updateComplete;
        await frame();
      }
      expect(helpFetched(), 'the help block was loaded for it').to.equal(true);
      expect(after.getBoundingClientRect().top, 'what follows the checklist').to.be.closeTo(first, 0.5);
      if (observing) {
        for (const e of observer.takeRecords() as (PerformanceEntry & { value: number })[]) shifts.push(e.value);
        expect(shifts, 'layout-shift entries after the first render (Chromium)').to.deep.equal([]);
      }
    } finally {
      observer.disconnect();
      article.remove();
    }
  });
});
