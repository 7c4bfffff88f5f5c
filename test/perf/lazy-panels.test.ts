/**
 * Performance internals (not user-visible): closed panels are not rendered until first opened (a
 * table of 100 badges stays cheap), `afterprint` drops what was rendered only for printing, and a
 * detached element stops listening for print. What readers get from the panels (open, print) is
 * in test/lazy-panels.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/kratom-legal-badge.js';
import '../../src/define/kratom-alkaloid-explainer.js';
import type { KratomLegalBadge } from '../../src/components/legal-badge/legal-badge.js';
import type { KratomAlkaloidExplainer } from '../../src/components/alkaloid-explainer/alkaloid-explainer.js';
import { settle } from '../helpers.js';

const q = (el: Element, selector: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

async function badge(): Promise<KratomLegalBadge> {
  const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
  await waitUntil(() => el.status === 'banned', 'legal data', { timeout: 5000 });
  await settle(el);
  return el;
}

describe('closed panels are rendered on first open or for print only', () => {
  it('legal badge: empty closed panel, filled when opened, kept after closing', async () => {
    const el = await badge();
    const details = q(el, '#details');
    expect(details.childElementCount).to.equal(0);
    q(el, '[part~="toggle"]').click();
    await settle(el);
    expect(details.childElementCount).to.be.greaterThan(0);
    q(el, '[part~="toggle"]').click();
    await settle(el);
    expect(details.hidden).to.equal(true);
    expect(details.textContent, 'stays rendered once shown').to.contain('Not legal advice');
  });

  it('legal badge: afterprint drops the details rendered only for printing', async () => {
    const el = await badge();
    window.dispatchEvent(new Event('beforeprint'));
    expect(q(el, '#details').childElementCount).to.be.greaterThan(0);
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
    expect(q(el, '#sources-body').childElementCount, 'opened').to.be.greaterThan(0);
    expect(q(el, '#legend-body').childElementCount, 'dropped after print, still closed').to.equal(0);
  });

  it('detached elements stop listening for print', async () => {
    const el = await badge();
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(q(el, '#details').childElementCount).to.equal(0);
    window.dispatchEvent(new Event('afterprint'));
  });
});
