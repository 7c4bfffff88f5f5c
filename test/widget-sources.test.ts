/**
 * The explainer and the diagram carry only the sources their content cites (issue #25): each
 * resolves its sources from its own generated table (src/content/widget-sources/), so a page with
 * them never fetches the whole evidence bibliography, even with every list of sources open or
 * printed. This file imports nothing from the bibliography itself, so the resource list shows what
 * the elements fetched.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/kratom-alkaloid-explainer.js';
import '../src/define/kratom-mechanism-diagram.js';
import { settle } from './helpers.js';

const fetched = (pattern: RegExp) => performance.getEntriesByType('resource').some((e) => pattern.test(e.name));
const WHOLE_BIBLIOGRAPHY = /\/src\/content\/(sources|bibliography|citations|source-entries-chunk)\.ts(\?|$)/;

describe('the explainer and the diagram without the whole bibliography', () => {
  it('show every list of sources, opened and printed, from their own tables', async () => {
    const host = await fixture<HTMLElement>(
      html`<div>
        <kratom-alkaloid-explainer></kratom-alkaloid-explainer>
        <kratom-mechanism-diagram view="list"></kratom-mechanism-diagram>
      </div>`,
    );
    const explainer = host.querySelector('kratom-alkaloid-explainer')!;
    const diagram = host.querySelector('kratom-mechanism-diagram')!;
    await settle(explainer);
    await settle(diagram);
    explainer.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"][data-section="sources"]')!.click();
    await settle(explainer);
    const listed = explainer.shadowRoot!.querySelectorAll('#sources-body [part~="source"]');
    expect(listed.length, 'the explainer lists its sources').to.be.greaterThan(40);
    // A list with titles and links, not short citations: the entries are complete.
    expect(listed[0]!.querySelector('a[part~="source-link"]')!.textContent!.length).to.be.greaterThan(20);
    expect(diagram.shadowRoot!.querySelectorAll('.list [part~="source"]').length, 'the diagram').to.be.greaterThan(20);
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    await settle(explainer);
    expect(fetched(/\/src\/content\/widget-sources\/explainer\.ts(\?|$)/), 'own table').to.equal(true);
    expect(fetched(WHOLE_BIBLIOGRAPHY), 'the whole bibliography').to.equal(false);
  });
});
