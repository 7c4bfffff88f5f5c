/**
 * Full bibliography entries are a lazy chunk (issue #25): a widget's first render has only the
 * sources' kinds and short citations; the entries load when a list of sources is opened, or when
 * the browser is idle, so that printing (synchronous) shows them complete. The tests run in order:
 * the entries are a per-page module, loaded once.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-risk-checklist.js';
import type { KratomRiskChecklist } from '../src/components/risk-checklist/risk-checklist.js';
import { loadedSources, loadSourceEntries } from '../src/content/source-entries.js';
import { RISKS } from '../src/content/risks.js';
import { settle } from './helpers.js';

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const fetchedEntries = () =>
  performance.getEntriesByType('resource').some((e) => /\/src\/content\/sources\.ts(\?|$)/.test(e.name));

async function tick(el: KratomRiskChecklist, id: string): Promise<void> {
  q(el, `label[for="cb-${id}"]`)!.click();
  await settle(el);
}

/** The entries shown in a list: the link text (authors and title) of each item. */
const entryTexts = (list: Element) =>
  [...list.querySelectorAll('[part~="source"]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('bibliography entries load when a list of sources opens', () => {
  const risk = RISKS.find((r) => r.id === 'opioids')!;

  it('are not fetched for the first render: the closed list shows only its count', async () => {
    const el = await fixture<KratomRiskChecklist>(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    expect(loadedSources(['R1']), 'entries after the first render').to.equal(undefined);
    expect(fetchedEntries(), 'sources.ts fetched by the first render').to.equal(false);
    // The closed "Sources (n)" of the emergency block already has its count.
    expect(q(el, '[part~="urgent-sources"] summary')!.textContent).to.match(/Sources \(\d+\)/);
  });

  it('opening a list shows the complete entries as soon as they arrive', async () => {
    const el = await fixture<KratomRiskChecklist>(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    await tick(el, risk.id);
    const list = () => q(el, `#det-${risk.id} [part~="sources"]`);
    await waitUntil(() => list(), 'the item’s list of sources', { timeout: 5000 });
    expect(fetchedEntries(), 'sources.ts fetched once a list is open').to.equal(true);
    const entries = await loadSourceEntries();
    const expected = risk.why.sources.filter((id) => entries[id]).map((id) => entries[id]!.title);
    expect(expected.length).to.be.greaterThan(0);
    const texts = entryTexts(list()!);
    expect(texts.length).to.equal(expected.length);
    expected.forEach((title, i) => expect(texts[i]).to.contain(title));
    // Each linked entry names its authors too, as before the split.
    const first = entries[risk.why.sources[0]!]!;
    if (first.authors) expect(texts[0]).to.contain(first.authors.trim().replace(/\.$/, ''));
    expect(q(el, `#det-${risk.id} [part~="sources-loading"]`)).to.equal(null);
  });

  it('print media and print-preview show complete sources in the clinician summary', async () => {
    const entries = await loadSourceEntries();
    const titles = risk.why.sources.filter((id) => entries[id]).map((id) => entries[id]!.title);

    const el = await fixture<KratomRiskChecklist>(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    await tick(el, risk.id);
    window.dispatchEvent(new Event('beforeprint'));
    // Synchronously inside beforeprint, before print layout.
    const printed = q(el, '[part~="print-summary"]');
    expect(printed, 'printed summary').to.not.equal(null);
    const text = printed!.textContent!.replace(/\s+/g, ' ');
    for (const title of titles) expect(text).to.contain(title);
    expect(printed!.querySelector('[part~="sources-loading"]')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));

    const preview = await fixture<KratomRiskChecklist>(
      html`<kratom-risk-checklist print-preview></kratom-risk-checklist>`,
    );
    await tick(preview, risk.id);
    const summary = q(preview, '[part~="print-summary"]')!.textContent!.replace(/\s+/g, ' ');
    for (const title of titles) expect(summary).to.contain(title);
  });

  it('the closed emergency sources hold the complete entries once they have loaded', async () => {
    const el = await fixture<KratomRiskChecklist>(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    await settle(el);
    const list = q(el, '[part~="urgent-sources"] [part~="sources"]');
    expect(list, 'list in the closed details').to.not.equal(null);
    const items = entryTexts(list!);
    expect(items.length).to.be.greaterThan(2);
    // Full entries, not short citations: each is longer than "Name 2020".
    for (const item of items) expect(item.length).to.be.greaterThan(20);
  });
});
