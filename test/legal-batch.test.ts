/**
 * Many badges of different places on one page (a state-by-state table): their records load as one
 * chunk with every place (places/all-records), and their sources, asked for on idle, as one chunk
 * with every place's sources, instead of one request per place. A page with a few badges still
 * fetches only its places (test/legal-data.test.ts). Each test file is its own page, so nothing has
 * loaded legal data before the first test here.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-legal-badge.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import {
  fetchedLegalPlaces,
  fetchedLegalSources,
  hasLegalPlaceSources,
  loadLegalPlace,
  PLACE_CODES,
} from '../src/content/legal/index.js';
import { placeName } from '../src/components/legal-badge/place-name.js';
import { settle, shadowText } from './helpers.js';

/** The gathering chunks the page has requested (all-records, all-sources). */
const gatheringRequested = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/places\/(all-records|all-sources)\.[jt]s(?:\?|$)/.exec(entry.name)?.[1])
    .filter((name): name is string => name !== undefined);

describe('many badges on one page', () => {
  it('sixty badges of sixty places load their records as one chunk, then their sources as one', async () => {
    const codes = PLACE_CODES.slice(0, 60);
    const list = await fixture<HTMLUListElement>(html`
      <ul>
        ${codes.map((code) => html`<li><kratom-legal-badge jurisdiction=${code}></kratom-legal-badge></li>`)}
      </ul>
    `);
    const badges = [...list.querySelectorAll<KratomLegalBadge>('kratom-legal-badge')];
    await waitUntil(() => badges.every((b) => b.status !== 'loading'), 'every badge shows its status', {
      timeout: 10000,
    });
    for (const [i, badge] of badges.entries()) {
      await settle(badge);
      expect(shadowText(badge), codes[i]).to.contain(placeName(codes[i]!));
      expect(badge.status, codes[i]).to.not.equal('unknown');
    }
    expect(fetchedLegalPlaces(), 'one fetch with every record, none per place').to.deep.equal(['*']);
    expect(gatheringRequested()).to.include('all-records');

    // Their sources follow on idle: again one chunk, not sixty.
    await waitUntil(() => codes.every((code) => hasLegalPlaceSources(code)), 'every place has its sources', {
      timeout: 10000,
    });
    expect(fetchedLegalSources()).to.deep.equal(['*']);
    expect(gatheringRequested()).to.deep.equal(['all-records', 'all-sources']);

    // What the details list is the same as for a place loaded on its own.
    const alabama = badges[codes.indexOf('US-AL')]!;
    alabama.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await settle(alabama);
    const view = await loadLegalPlace('US-AL');
    for (const id of view.jurisdiction!.sources) {
      expect(shadowText(alabama), id).to.contain(view.sources[id]!.title.replace(/\s+/g, ' ').slice(0, 40));
    }
  });

  it('a few more badges afterwards need no fetch at all', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="TH"></kratom-legal-badge>`);
    await el.updateComplete;
    expect(el.status, 'status in the first update').to.not.equal('loading');
    expect(shadowText(el)).to.contain('Thailand');
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });
});
