/**
 * Closed panels: what a reader gets when opening them, and what a printed page holds. `beforeprint`
 * renders closed panels synchronously, before print layout. That closed panels cost nothing until
 * opened (and what printing leaves behind) is a performance internal: test/perf/lazy-panels.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-legal-badge.js';
import '../src/define/kratom-alkaloid-explainer.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import type { KratomAlkaloidExplainer } from '../src/components/alkaloid-explainer/alkaloid-explainer.js';
import { settle } from './helpers.js';

const q = (el: Element, selector: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('closed panels open on demand and print', () => {
  it('legal badge: hidden while closed, shown when opened, hidden again when closed', async () => {
    const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    await waitUntil(() => el.status === 'banned', 'legal data', { timeout: 5000 });
    await settle(el);
    const details = q(el, '#details');
    expect(details.hidden).to.equal(true);
    expect(q(el, '[part~="toggle"]').getAttribute('aria-controls')).to.equal('details');

    q(el, '[part~="toggle"]').click();
    await settle(el);
    expect(details.hidden).to.equal(false);
    expect(details.textContent).to.contain('Not legal advice');
    q(el, '[part~="toggle"]').click();
    await settle(el);
    expect(details.hidden).to.equal(true);
  });

  it('legal badge: beforeprint puts the closed details in the printed page at once', async () => {
    const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    await waitUntil(() => el.status === 'banned', 'legal data', { timeout: 5000 });
    await settle(el);
    window.dispatchEvent(new Event('beforeprint'));
    expect(q(el, '#details').textContent, 'synchronously, inside the event').to.contain('Not legal advice');
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
  });

  it('explainer: closed disclosures are printed, and open on demand', async () => {
    const el = await fixture<KratomAlkaloidExplainer>(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
    await settle(el);
    window.dispatchEvent(new Event('beforeprint'));
    for (const section of ['corrections', 'legend', 'sources']) {
      expect(q(el, `#${section}-body`).textContent!.trim(), `${section} while printing`).to.not.equal('');
    }
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    q(el, '[part~="toggle"][data-section="sources"]').click();
    await settle(el);
    expect(q(el, '#sources-body').querySelectorAll('li').length).to.be.greaterThan(3);
  });
});
