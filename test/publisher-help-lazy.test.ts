/**
 * The publisher's help block is code a page pays for only when it uses it (issue #25): an element
 * without help attributes or `help` slot content never fetches it, and help added after the first
 * render still appears. Its own file, so it runs in a page where nothing has loaded the block yet
 * (test/publisher-help.test.ts loads it in its first test). The first paint with help configured is
 * in test/layout-shift.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-risk-checklist.js';
import '../src/define/kratom-legal-badge.js';
import type { KratomRiskChecklist } from '../src/components/risk-checklist/risk-checklist.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import { captureWarnings, settle, shadowText } from './helpers.js';

const NAME = 'Kratom support line, Anytown Health';

/** Requests for the help block's module (src/shared/publisher-help.ts, not its styles or the element base). */
const helpFetches = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => /\/shared\/publisher-help\.(ts|js)$/.test(path));

const part = (root: ParentNode | null | undefined, name: string) =>
  root?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

function isShown(node: Element | null): boolean {
  if (!node) return false;
  const r = node.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(node).visibility !== 'hidden';
}

describe('publisher help: loaded only when an element has help', () => {
  it('fetches nothing for elements without help, then shows help added after the first render (attribute and slot)', async () => {
    let checklist!: KratomRiskChecklist;
    let badge!: KratomLegalBadge;
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <kratom-risk-checklist emergency-number="999"></kratom-risk-checklist>
          <kratom-legal-badge jurisdiction="US-AL" variant="full"></kratom-legal-badge>
        </div>`,
      );
      checklist = wrapper.querySelector('kratom-risk-checklist')!;
      badge = wrapper.querySelector('kratom-legal-badge')!;
      await waitUntil(() => badge.status !== 'loading', 'legal data loaded', { timeout: 5000 });
      await Promise.all([settle(checklist), settle(badge)]);
    });
    expect(warnings).to.deep.equal([]);
    expect(helpFetches(), 'no request for the help block').to.deep.equal([]);
    for (const el of [checklist, badge]) {
      expect(shadowText(el)).to.not.contain('Help and support');
      expect(isShown(part(el.shadowRoot, 'help'))).to.equal(false);
    }

    // Added later: attributes on the checklist, slotted content in the badge.
    checklist.setAttribute('help-name', NAME);
    checklist.setAttribute('help-phone', '020 7946 0958');
    const own = document.createElement('p');
    own.slot = 'help';
    own.textContent = 'Ask at the Anytown pharmacy.';
    badge.append(own);
    await waitUntil(() => isShown(part(checklist.shadowRoot, 'help')), 'checklist help shown', { timeout: 5000 });
    await waitUntil(() => isShown(own), 'slotted help shown in the badge', { timeout: 5000 });

    const help = part(part(checklist.shadowRoot, 'urgent'), 'help')!;
    expect(part(help, 'help-heading')!.textContent!.trim()).to.equal('Help and support');
    expect(help.querySelector('.help-name')!.textContent).to.equal(NAME);
    expect(help.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:02079460958');
    const badgeHelp = part(part(badge.shadowRoot, 'details'), 'help')!;
    expect(isShown(badgeHelp)).to.equal(true);
    expect(own.assignedSlot && badgeHelp.contains(own.assignedSlot)).to.equal(true);
    expect(badgeHelp.querySelector('.help-note')!.textContent!.trim()).to.equal(
      'In an emergency, call your local emergency number, not the services listed here.',
    );
    // One request, shared by both elements.
    expect(helpFetches()).to.have.length(1);
  });
});
