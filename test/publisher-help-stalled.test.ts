/**
 * A stalled request for the publisher's help block (a lazy chunk an element with help waits for
 * before it renders) holds the checklist's first render back for at most OPTIONAL_CODE_WAIT_MS: the
 * emergency information then shows without the help, and the help appears when the chunk arrives.
 * Its own file, so the block has not been loaded by another test in this page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-risk-checklist.js';
import type { KratomRiskChecklist } from '../src/components/risk-checklist/risk-checklist.js';
import { helpLoader } from '../src/shared/publisher-help-element.js';
import { OPTIONAL_CODE_WAIT_MS } from '../src/shared/kratom-element.js';
import { shadowText } from './helpers.js';

const NAME = 'Kratom support line, Anytown Health';

const callLine = (el: KratomRiskChecklist) =>
  el.shadowRoot?.querySelector('[part~="emergency-call"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('publisher help: a stalled help chunk', () => {
  it('shows the emergency information after at most OPTIONAL_CODE_WAIT_MS, then the help when it arrives', async () => {
    const realLoad = helpLoader.load;
    let release!: () => void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    helpLoader.load = () => stalled.then(realLoad);
    const el = document.createElement('kratom-risk-checklist') as KratomRiskChecklist;
    el.setAttribute('emergency-number', '112');
    el.setAttribute('help-name', NAME);
    const started = performance.now();
    document.body.append(el);
    try {
      await waitUntil(() => callLine(el).includes('112'), 'emergency call line shown', {
        timeout: OPTIONAL_CODE_WAIT_MS + 3000,
        interval: 20,
      });
      const waited = performance.now() - started;
      // It did wait for the help (a chunk that arrives in time is in the first render) …
      expect(waited).to.be.at.least(OPTIONAL_CODE_WAIT_MS - 50);
      // … but not for good: the emergency information shows without it.
      expect(waited).to.be.below(OPTIONAL_CODE_WAIT_MS + 2000);
      expect(shadowText(el)).to.not.contain(NAME);
      // Further updates do not wait again while the request hangs.
      const before = performance.now();
      el.helpPhone = '020 7946 0958';
      await el.updateComplete;
      expect(performance.now() - before).to.be.below(1000);

      release();
      await waitUntil(() => shadowText(el).includes(NAME), 'help shown once the chunk arrives', { timeout: 5000 });
      expect(shadowText(el)).to.contain('Help and support');
    } finally {
      release();
      helpLoader.load = realLoad;
      el.remove();
    }
  });
});
