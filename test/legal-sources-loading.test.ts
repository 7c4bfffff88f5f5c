/**
 * The legal badge's lazily loaded sources, as readers and hosts meet them (a review of the
 * records/sources split found these faults): a sources chunk that fails to load says so instead of
 * "Loading sources…" forever, and opening the details again retries; a badge that came back to a
 * place after showing another still loads that place's sources on idle; `toJSON()` leaves out
 * `citation` until the sources are there, then lists their URLs; a 7-OH answer taken from the
 * federal layer is no surer than the federal entry; a state's pending change shows on its 7-OH answer.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-legal-badge.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import { SOURCE_LOADERS } from '../src/content/legal/places/index.js';
import { fetchedLegalSources, hasLegalPlaceSources } from '../src/content/legal/index.js';
import { captureWarnings, settle, shadowText } from './helpers.js';

async function badge(template: ReturnType<typeof html>): Promise<KratomLegalBadge> {
  const el = await fixture<KratomLegalBadge>(template);
  await waitUntil(() => el.status !== 'loading', 'legal records loaded', { timeout: 5000 });
  await settle(el);
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
const loaders = SOURCE_LOADERS as Record<string, () => Promise<unknown>>;

describe('<kratom-legal-badge> sources that load after the badge', () => {
  it('says the sources could not be loaded, instead of "Loading sources…" forever, and retries when the details open again', async () => {
    const original = loaders['US-WY']!;
    loaders['US-WY'] = () => Promise.reject(new Error('offline'));
    try {
      let el!: KratomLegalBadge;
      const warnings = await captureWarnings(async () => {
        el = await badge(html`<kratom-legal-badge jurisdiction="US-WY" open></kratom-legal-badge>`);
        await waitUntil(() => shadowText(el).includes('The sources could not be loaded'), 'failure line', {
          timeout: 5000,
        });
      });
      expect(warnings).to.deep.equal([
        'kratom-widgets <kratom-legal-badge>: could not load the legal sources for US-WY (Error: offline).',
      ]);
      expect(shadowText(el)).to.not.contain('Loading sources');
      loaders['US-WY'] = original;
      el.open = false;
      await settle(el);
      el.open = true;
      await waitUntil(() => part(el, 'source-link') !== null, 'sources after retry', { timeout: 5000 });
      expect(shadowText(el)).to.not.contain('could not be loaded');
    } finally {
      loaders['US-WY'] = original;
    }
  });

  /** Holds back `requestIdleCallback` so a test decides when the badge's idle load runs. */
  function holdIdle() {
    const queued: (() => void)[] = [];
    const original = window.requestIdleCallback;
    window.requestIdleCallback = ((cb: () => void) => (queued.push(cb), queued.length)) as typeof requestIdleCallback;
    return {
      run: () => queued.splice(0).forEach((cb) => cb()),
      count: () => queued.length,
      restore: () => (window.requestIdleCallback = original),
    };
  }

  it('still loads a place’s sources on idle after the badge showed another place in between', async () => {
    const idle = holdIdle();
    try {
      const el = await badge(html`<kratom-legal-badge jurisdiction="US-MT"></kratom-legal-badge>`);
      expect(idle.count(), 'idle load scheduled').to.equal(1);
      // Another place when the idle load runs, then back to Montana.
      el.jurisdiction = 'XX';
      await settle(el);
      idle.run();
      el.jurisdiction = 'US-MT';
      await settle(el);
      idle.run();
      await waitUntil(() => hasLegalPlaceSources('US-MT'), 'US-MT sources loaded without opening', { timeout: 5000 });
      await settle(el);
      expect(
        fetchedLegalSources().filter((code) => code === 'US-MT'),
        'fetched once',
      ).to.have.length(1);
      // Printing now finds them: the details hold Montana's sources, not "Loading sources…".
      window.dispatchEvent(new Event('beforeprint'));
      try {
        expect(el.shadowRoot!.querySelector('#details')!.textContent).to.not.contain('Loading sources');
      } finally {
        window.dispatchEvent(new Event('afterprint'));
      }
      expect(el.open).to.equal(false);
    } finally {
      idle.restore();
    }
  });

  it('toJSON() leaves out citation until the sources have loaded, then lists their URLs', async () => {
    const idle = holdIdle();
    try {
      const el = await badge(html`<kratom-legal-badge jurisdiction="US-NV"></kratom-legal-badge>`);
      expect(hasLegalPlaceSources('US-NV')).to.equal(false);
      expect(el.toJSON()).to.include({ '@type': 'DrugLegalStatus' });
      expect(el.toJSON()).to.not.have.property('citation');
      idle.run();
      await waitUntil(() => hasLegalPlaceSources('US-NV'), 'sources on idle', { timeout: 5000 });
      await settle(el);
      const citation = el.toJSON()!.citation as string[];
      expect(citation.length).to.be.greaterThan(0);
      for (const url of citation) expect(url).to.match(/^https?:\/\//);
    } finally {
      idle.restore();
    }
  });

  it('a 7-OH answer from the federal layer shows the federal entry’s lower confidence (Illinois: high for leaf)', async () => {
    const leaf = await badge(html`<kratom-legal-badge jurisdiction="US-IL" open></kratom-legal-badge>`);
    expect(shadowText(leaf)).to.match(/Confidence High/);
    const sevenOh = await badge(
      html`<kratom-legal-badge jurisdiction="US-IL" product="7-oh" open></kratom-legal-badge>`,
    );
    expect(shadowText(sevenOh)).to.match(/Confidence Medium/);
  });

  it('a state’s pending change shows on the 7-OH answer its own law gives (Texas)', async () => {
    const el = await badge(html`<kratom-legal-badge jurisdiction="US-TX" product="7-oh"></kratom-legal-badge>`);
    expect(el.status).to.equal('banned');
    expect(shadowText(el)).to.contain('Change pending');
  });
});
