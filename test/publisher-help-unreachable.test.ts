/**
 * The publisher's help block is a lazy chunk that an element with help waits for before it renders
 * (publisher-help-element.ts). When that chunk cannot be fetched, the checklist's emergency
 * information must still show: a failed load renders without the help (one warning per page) and is
 * tried again on the next update. A stalled request: test/publisher-help-stalled.test.ts. Its own
 * file, so the block has not been loaded by another test in this page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-risk-checklist.js';
import type { KratomRiskChecklist } from '../src/components/risk-checklist/risk-checklist.js';
import { helpLoader } from '../src/shared/publisher-help-element.js';
import { captureWarnings, settle, shadowText } from './helpers.js';

const NAME = 'Kratom support line, Anytown Health';
const realLoad = helpLoader.load;

/** What the reader must always get from the checklist: its emergency call line. */
const callLine = (el: KratomRiskChecklist) =>
  el.shadowRoot?.querySelector('[part~="emergency-call"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

afterEach(() => {
  helpLoader.load = realLoad;
});

describe('publisher help: a help chunk that cannot be fetched never hides the emergency information', () => {
  it('a failed load shows the checklist without the help block, warns once, and the next update tries again', async () => {
    helpLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    let el!: KratomRiskChecklist;
    const warnings = await captureWarnings(async () => {
      el = await fixture<KratomRiskChecklist>(
        html`<kratom-risk-checklist emergency-number="999" help-name=${NAME}></kratom-risk-checklist>`,
      );
      await settle(el);
      el.helpPhone = '020 7946 0958'; // an update: tries again, fails again, no second warning
      await settle(el);
    });
    expect(callLine(el)).to.contain('999');
    expect(shadowText(el)).to.not.contain(NAME);
    expect(warnings.filter((w) => w.includes('help block'))).to.have.length(1);

    helpLoader.load = realLoad;
    el.helpHours = 'Mon–Fri 9–17'; // the next update loads it
    await waitUntil(() => shadowText(el).includes(NAME), 'help shown after a later update', { timeout: 5000 });
    expect(shadowText(el)).to.contain('Help and support');
  });
});
