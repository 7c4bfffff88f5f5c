/**
 * The place picker's template is a chunk of its own (issue #25): a badge without `picker` never
 * fetches it; a badge with `picker` waits for it before its first render, so the selects are there
 * from the first frame (nothing moves). This file imports nothing from picker.ts, so the chunk loads
 * only as the badge asks for it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-legal-badge.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import { ready, shadowText } from './helpers.js';

/** Whether the page has requested the picker's template module (components/legal-badge/picker.ts). */
const pickerRequested = (): boolean =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /\/components\/legal-badge\/picker\.[jt]s(?:\?|$)/.test(entry.name));

describe('<kratom-legal-badge picker>: the picker loads only for a badge that shows one', () => {
  it('a badge without picker never fetches the picker; one with picker has its selects in its first render', async () => {
    const plain = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="TH"></kratom-legal-badge>`);
    await ready(plain);
    expect(shadowText(plain)).to.contain('Thailand');
    expect(pickerRequested(), 'no picker code for a badge without picker').to.equal(false);

    const el = document.createElement('kratom-legal-badge') as KratomLegalBadge;
    el.setAttribute('picker', '');
    el.setAttribute('jurisdiction', 'US-AL');
    /** What each render showed: whether the country select was there. */
    const renders: boolean[] = [];
    const observer = new MutationObserver(() => renders.push(Boolean(el.shadowRoot?.querySelector('#picker-country'))));
    document.body.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      await waitUntil(() => el.hasUpdated, 'first render', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('#picker-country'), 'the selects are in the first render').to.not.equal(null);
      await ready(el);
      expect(renders.length).to.be.greaterThan(0);
      expect(renders.every(Boolean), 'no render without the picker').to.equal(true);
      expect(pickerRequested()).to.equal(true);
      const state = el.shadowRoot!.querySelector<HTMLSelectElement>('#picker-state')!;
      expect(state.value).to.equal('US-AL');
      expect(state.selectedOptions[0]?.textContent?.trim()).to.equal('Alabama');
      expect(shadowText(el)).to.contain('Banned');

      // Turning the picker on later shows it on a badge that had none.
      plain.picker = true;
      await ready(plain);
      expect(plain.shadowRoot!.querySelector<HTMLSelectElement>('#picker-country')?.value).to.equal('TH');
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});
