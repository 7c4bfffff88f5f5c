/**
 * The emergency block's sources sit in a closed native `<details>` (not printed): their full entries
 * load when the reader opens it, not before. Its own file: the entries are per-page module state,
 * and this page must not have loaded them.
 */
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import '../src/define/kratom-risk-checklist.js';
import type { KratomRiskChecklist } from '../src/components/risk-checklist/risk-checklist.js';
import { loadedSources } from '../src/content/source-entries.js';
import { settle } from './helpers.js';

describe('bibliography entries: the closed emergency sources', () => {
  it('load when the reader opens them, and show complete entries', async () => {
    const el = await fixture<KratomRiskChecklist>(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    const details = el.shadowRoot!.querySelector('[part~="urgent-sources"]') as HTMLDetailsElement;
    await aTimeout(300);
    expect(loadedSources(['R1']), 'entries before the sources are opened').to.equal(undefined);
    const count = Number(/\((\d+)\)/.exec(details.querySelector('summary')!.textContent!)![1]);
    expect(count).to.be.greaterThan(2);

    details.querySelector('summary')!.click();
    await waitUntil(() => details.querySelectorAll('[part~="source"]').length === count, 'entries', {
      timeout: 5000,
    });
    await settle(el);
    expect(details.open).to.equal(true);
    expect(details.querySelector('[part~="sources-loading"]')).to.equal(null);
    const links = [...details.querySelectorAll<HTMLAnchorElement>('[part~="source-link"]')];
    expect(links.length).to.be.greaterThan(2);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      // A full entry: authors and title, not a short citation.
      expect(a.textContent!.trim().length).to.be.greaterThan(20);
    }
  });
});
