/**
 * The legal status icons come with the legal badge only (issue #25): the checklist, the explainer
 * and the diagram draw severity and evidence icons (shared/icons.ts), never a legal status, so a
 * page with them fetches none of the status shapes. Its own file, so no badge has loaded them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/kratom-risk-checklist.js';
import '../src/define/kratom-alkaloid-explainer.js';
import '../src/define/kratom-mechanism-diagram.js';
import { settle, shadowText } from './helpers.js';

/** Requests for the status icons' module. */
const statusIconFetches = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => /\/shared\/status-icons\.(ts|js)$/.test(path));

describe('legal status icons: not on a page without a legal badge', () => {
  it('fetches no status icon code for the checklist, explainer and diagram, which draw their own icons', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <kratom-risk-checklist region="US" emergency-number="911"></kratom-risk-checklist>
        <kratom-alkaloid-explainer></kratom-alkaloid-explainer>
        <kratom-mechanism-diagram></kratom-mechanism-diagram>
      </div>`,
    );
    const [checklist, explainer, diagram] = [...root.children] as HTMLElement[];
    for (const el of [checklist!, explainer!, diagram!]) await settle(el);
    // Each shows its icons: severity icons in the checklist, evidence icons in the explainer and diagram.
    expect(checklist!.shadowRoot!.querySelector('svg.icon'), 'checklist icon').to.not.equal(null);
    expect(explainer!.shadowRoot!.querySelector('svg.icon'), 'explainer icon').to.not.equal(null);
    expect(diagram!.shadowRoot!.querySelector('svg.icon'), 'diagram icon').to.not.equal(null);
    expect(shadowText(checklist!)).to.not.equal('');
    expect(statusIconFetches()).to.deep.equal([]);
  });
});
