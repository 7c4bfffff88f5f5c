/**
 * Closed panels are not rendered until first opened (a table of 100 badges stays cheap), yet they
 * are in the page whenever it prints: `beforeprint` renders them synchronously, before print layout,
 * and `afterprint` drops what was rendered only for printing.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-legal-badge.js';
import '../src/define/kratom-alkaloid-explainer.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import type { KratomAlkaloidExplainer } from '../src/components/alkaloid-explainer/alkaloid-explainer.js';
import { settle } from './helpers.js';

const q = (el: Element, selector: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('closed panels render on first open and for print', () => {
  it('legal badge: empty closed panel, filled when opened, kept after closing', async () => {
    const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    await waitUntil(() => el.status === 'banned', 'legal data', { timeout: 5000 });
    await settle(el);
    const details = q(el, '#details');
    expect(details.hidden).to.equal(true);
    expect(details.childElementCount).to.equal(0);
    expect(q(el, '[part~="toggle"]').getAttribute('aria-controls')).to.equal('details');

    q(el, '[part~="toggle"]').click();
    await settle(el);
    expect(details.hidden).to.equal(false);
    expect(details.textContent).to.contain('Not legal advice');
    q(el, '[part~="toggle"]').click();
    await settle(el);
    expect(details.hidden).to.equal(true);
    expect(details.textContent, 'stays rendered once shown').to.contain('Not legal advice');
  });

  it('legal badge: beforeprint renders the closed details at once; afterprint drops them', async () => {
    const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    await waitUntil(() => el.status === 'banned', 'legal data', { timeout: 5000 });
    await settle(el);
    window.dispatchEvent(new Event('beforeprint'));
    expect(q(el, '#details').textContent, 'synchronously, inside the event').to.contain('Not legal advice');
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(q(el, '#details').childElementCount).to.equal(0);
  });

  it('explainer: closed disclosures are empty until opened or printed', async () => {
    const el = await fixture<KratomAlkaloidExplainer>(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
    await settle(el);
    for (const section of ['corrections', 'legend', 'sources']) {
      expect(q(el, `#${section}-body`).childElementCount, section).to.equal(0);
    }
    window.dispatchEvent(new Event('beforeprint'));
    for (const section of ['corrections', 'legend', 'sources']) {
      expect(q(el, `#${section}-body`).childElementCount, `${section} while printing`).to.be.greaterThan(0);
    }
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    q(el, '[part~="toggle"][data-section="sources"]').click();
    await settle(el);
    expect(q(el, '#sources-body').querySelectorAll('li').length).to.be.greaterThan(3);
    expect(q(el, '#legend-body').childElementCount).to.equal(0);
  });

  it('detached elements stop listening for print', async () => {
    const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    await waitUntil(() => el.status === 'banned', 'legal data', { timeout: 5000 });
    await settle(el);
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(q(el, '#details').childElementCount).to.equal(0);
    window.dispatchEvent(new Event('afterprint'));
  });
});
