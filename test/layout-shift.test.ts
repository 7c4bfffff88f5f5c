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
