/**
 * The legal loader's fault paths when many places load as one chunk (src/content/legal/place-loader.ts):
 * a place that the chunk with every record lacks (the chunk and the loader table out of step) still
 * loads on its own and shows its status; sources that cannot be registered fail their batch, so no
 * badge waits for good, and opening a badge's details loads its sources again. The gathering chunks
 * are replaced through the loader's internal `gatheringChunks` (real data, with one fault each). Each
 * test file is its own page: nothing has loaded legal data before the first test here.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-legal-badge.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import {
  fetchedLegalPlaces,
  fetchedLegalSources,
  gatheringChunks,
  hasLegalPlaceSources,
  loadLegalPlace,
  PLACE_CODES,
} from '../src/content/legal/place-loader.js';
import { placeName } from '../src/components/legal-badge/place-name.js';
import { captureWarnings, settle, shadowText } from './helpers.js';

const original = { ...gatheringChunks };
const badgesOf = (codes: readonly string[]) => html`
  <ul>
    ${codes.map((code) => html`<li><kratom-legal-badge jurisdiction=${code}></kratom-legal-badge></li>`)}
  </ul>
`;

describe('many badges on one page, when a gathering chunk is faulty', () => {
  afterEach(() => Object.assign(gatheringChunks, original));

  // Alabama and the places of the second test are kept apart: each test needs places not loaded yet.
  const first = ['US-AL', ...PLACE_CODES.filter((c) => c !== 'US-AL' && c !== 'TH').slice(0, 29)];
  const second = ['TH', ...PLACE_CODES.filter((c) => !first.includes(c) && c !== 'TH').slice(0, 49)];

  it('a place the chunk with every record lacks loads on its own and shows its status', async () => {
    gatheringChunks.records = async () => {
      const all = { ...(await original.records()) };
      delete all['US-AL'];
      return all;
    };
    const list = await fixture<HTMLUListElement>(badgesOf(first));
    const badges = [...list.querySelectorAll<KratomLegalBadge>('kratom-legal-badge')];
    await waitUntil(() => badges.every((b) => b.status !== 'loading'), 'every badge shows its status', {
      timeout: 10000,
    });
    const alabama = badges[0]!;
    await settle(alabama);
    expect(alabama.status).to.equal('banned');
    expect(shadowText(alabama)).to.contain('Alabama').and.to.contain('Banned');
    for (const [i, badge] of badges.entries()) expect(badge.status, first[i]).to.not.equal('unknown');
    // One gathering fetch for the batch, then Alabama's own record.
    expect(fetchedLegalPlaces()).to.deep.equal(['*', 'US-AL']);
  });

  it('sources that cannot be registered fail their batch; opening the details loads them again', async () => {
    gatheringChunks.sources = async () => ({
      ...(await original.sources()),
      TH: null as unknown as Record<string, never>,
    });
    // The idle batch of sources is sent and fails: each badge of it warns once instead of waiting.
    let list!: HTMLUListElement;
    await captureWarnings(async (warnings) => {
      list = await fixture<HTMLUListElement>(badgesOf(second));
      const badges = [...list.querySelectorAll<KratomLegalBadge>('kratom-legal-badge')];
      await waitUntil(() => badges.every((b) => b.status !== 'loading'), 'every badge shows its status', {
        timeout: 10000,
      });
      await waitUntil(
        () => warnings.some((w) => w.includes('could not load the legal sources for TH')),
        'the failed batch is reported',
        { timeout: 10000 },
      );
    });
    expect(fetchedLegalSources()).to.include('*');
    expect(hasLegalPlaceSources('TH')).to.equal(false);

    // The reader opens Thailand's details: its sources load on their own and are listed.
    gatheringChunks.sources = original.sources;
    const thailand = list.querySelector<KratomLegalBadge>('kratom-legal-badge[jurisdiction="TH"]')!;
    expect(shadowText(thailand)).to.contain(placeName('TH'));
    thailand.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await waitUntil(() => hasLegalPlaceSources('TH'), "Thailand's sources load", { timeout: 10000 });
    await settle(thailand);
    expect(fetchedLegalSources()).to.include('TH');
    const view = await loadLegalPlace('TH');
    const ids = view.jurisdiction?.sources ?? [];
    expect(ids.length, "Thailand's entry cites sources").to.be.greaterThan(0);
    for (const id of ids) {
      expect(shadowText(thailand), id).to.contain(view.sources[id]!.title.replace(/\s+/g, ' ').slice(0, 40));
    }
  });
});
