/**
 * Per-place legal data: a page with one closed badge fetches only its place's record module and its
 * parents' (US federal for a US state, EU for an EU member state); their sources modules load when
 * the details open, or on idle (so printing finds them); what has loaded reads synchronously;
 * `loadLegalData()` still loads every place for hosts that list them all.
 *
 * The first test must run before anything else in this file loads legal data (each test file is
 * its own page).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-legal-badge.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import {
  fetchedLegalPlaces,
  fetchedLegalSources,
  loadLegalData,
  loadLegalPlace,
  parentCodes,
  peekLegalData,
  peekLegalPlace,
  PLACE_CODES,
  preloadLegalPlaces,
} from '../src/content/legal/index.js';
import { PLACE_CODES as GENERATED_PLACE_CODES } from '../src/content/legal/places/index.js';
import { placeName } from '../src/components/legal-badge/place-name.js';
import { captureWarnings, settle, shadowText } from './helpers.js';

/** Place modules (places/<code>.ts, not the index) the page has requested, as codes. */
function placeModulesRequested(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => /\/content\/legal\/places\/([a-z0-9-]+)\.[jt]s(?:\?|$)/.exec(entry.name)?.[1])
    .filter((code): code is string => code !== undefined && code !== 'index' && code !== 'all');
}

/** Sources modules (places/<code>.sources.ts) the page has requested, as codes. */
function sourceModulesRequested(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => /\/content\/legal\/places\/([a-z0-9-]+)\.sources\.[jt]s(?:\?|$)/.exec(entry.name)?.[1])
    .filter((code): code is string => code !== undefined);
}

/**
 * Holds back `requestIdleCallback` (the badge loads its sources on idle) until `run()`, so a test
 * decides when the browser is "idle".
 */
function holdIdle(): { run(): void; restore(): void } {
  const original = window.requestIdleCallback;
  const queued: IdleRequestCallback[] = [];
  window.requestIdleCallback = (callback: IdleRequestCallback) => queued.push(callback);
  return {
    run: () => queued.splice(0).forEach((cb) => cb({ didTimeout: false, timeRemaining: () => 50 })),
    restore: () => {
      window.requestIdleCallback = original;
    },
  };
}

/** Any request for the whole-data modules (data.ts, places/all.ts, all-records.ts, all-sources.ts). */
function wholeDataRequested(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/content\/legal\/(data|places\/all(-records|-sources)?)\.[jt]s(?:\?|$)/.test(name));
}

describe('per-place legal data', () => {
  it('a closed US-AL badge fetches only the us-al and us records; opening the details fetches their sources', async () => {
    expect(placeModulesRequested(), 'nothing fetched before the badge').to.deep.equal([]);
    const idle = holdIdle();
    try {
      const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
      await waitUntil(() => el.status !== 'loading', 'badge loaded', { timeout: 5000 });
      await settle(el);
      expect(el.status).to.equal('banned');
      expect(shadowText(el)).to.contain('Alabama');
      expect(shadowText(el)).to.contain('Checked');
      expect(fetchedLegalPlaces()).to.have.members(['US-AL', 'US']);
      expect(fetchedLegalPlaces()).to.have.length(2);
      expect(placeModulesRequested().sort()).to.deep.equal(['us', 'us-al']);
      expect(fetchedLegalSources(), 'no sources for a closed badge').to.deep.equal([]);
      expect(sourceModulesRequested()).to.deep.equal([]);
      expect(wholeDataRequested()).to.deep.equal([]);
      expect(peekLegalData(), 'the whole data was not loaded').to.equal(undefined);
      expect(peekLegalPlace('TH'), 'other places were not loaded').to.equal(undefined);

      // Opening the details fetches the sources of us-al and us; meanwhile they say so.
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Loading sources…');
      await waitUntil(() => shadowText(el).includes('Alabama Attorney General Issues'), 'sources shown', {
        timeout: 5000,
      });
      await settle(el);
      expect(shadowText(el)).to.not.contain('Loading sources…');
      expect(sourceModulesRequested().sort()).to.deep.equal(['us', 'us-al']);
      expect(fetchedLegalSources()).to.have.members(['US-AL', 'US']);
      expect(placeModulesRequested().sort(), 'no other record').to.deep.equal(['us', 'us-al']);
    } finally {
      idle.restore();
    }
  });

  it('a closed badge loads its sources on idle, so printing shows them', async () => {
    const idle = holdIdle();
    try {
      const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-TN"></kratom-legal-badge>`);
      await waitUntil(() => el.status !== 'loading', 'badge loaded', { timeout: 5000 });
      await settle(el);
      expect(fetchedLegalSources()).to.not.include('US-TN');
      idle.run();
      await waitUntil(
        () => fetchedLegalSources().includes('US-TN') && peekLegalPlace('US-TN') !== undefined,
        'sources',
        {
          timeout: 5000,
        },
      );
      await settle(el);
      const title = Object.values(peekLegalPlace('US-TN')!.sources)[0]!.title;
      window.dispatchEvent(new Event('beforeprint'));
      try {
        const details = el.shadowRoot!.querySelector('#details')!.textContent!.replace(/\s+/g, ' ');
        expect(details, 'printed details').to.contain(title.replace(/\s+/g, ' '));
        expect(details).to.not.contain('Loading sources');
      } finally {
        window.dispatchEvent(new Event('afterprint'));
      }
    } finally {
      idle.restore();
    }
  });

  it('names every covered place without loading its data', () => {
    expect(placeName('US-AL')).to.equal('Alabama');
    expect(placeName('AT')).to.equal('Austria');
    expect(placeName('US')).to.equal('United States (federal)');
    expect(peekLegalPlace('AT')).to.equal(undefined);
    for (const code of PLACE_CODES) expect(placeName(code), code).to.not.equal(code);
  });

  it('loads an EU member state with the EU entry, and a non-member alone', async () => {
    expect(parentCodes('AT')).to.deep.equal(['EU']);
    expect(parentCodes('CH')).to.deep.equal([]);
    expect(parentCodes('us-tn')).to.deep.equal(['US']);
    const before = fetchedLegalPlaces().length;
    const at = await loadLegalPlace('at');
    expect(at.code).to.equal('AT');
    expect(at.covered).to.equal(true);
    expect(at.parents.map((p) => p.code)).to.deep.equal(['EU']);
    expect(fetchedLegalPlaces().slice(before)).to.have.members(['AT', 'EU']);
    const ch = await loadLegalPlace('CH');
    expect(ch.parents).to.deep.equal([]);
    expect(fetchedLegalPlaces().slice(before)).to.have.members(['AT', 'EU', 'CH']);
  });

  it('reads a preloaded place synchronously: a badge created afterwards renders its status in its first update', async () => {
    expect(peekLegalPlace('TH')).to.equal(undefined);
    await preloadLegalPlaces(['TH']);
    const th = peekLegalPlace('TH');
    expect(th?.jurisdiction?.code).to.equal('TH');
    for (const id of th!.jurisdiction!.sources) expect(th!.sources[id], id).to.not.equal(undefined);

    const el = document.createElement('kratom-legal-badge') as KratomLegalBadge;
    el.jurisdiction = 'TH';
    document.body.append(el);
    await el.updateComplete;
    expect(el.status).to.not.equal('loading');
    expect(shadowText(el)).to.contain('Thailand');
    el.remove();
  });

  it('fetches nothing for a code that is not covered, and still lists the covered places', async () => {
    const before = performance.getEntriesByType('resource').length;
    const view = peekLegalPlace('XX');
    expect(view).to.deep.equal({ code: 'XX', covered: false, sources: {}, parents: [] });
    let el!: KratomLegalBadge;
    const warnings = await captureWarnings(async () => {
      el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="XX" open></kratom-legal-badge>`);
      await settle(el);
    });
    expect(warnings.join('\n')).to.contain('jurisdiction="XX"');
    expect(el.status).to.equal('unknown');
    expect(shadowText(el)).to.contain('Thailand');
    expect(
      performance
        .getEntriesByType('resource')
        .slice(before)
        .map((e) => e.name),
    ).to.deep.equal([]);
  });

  it('shows the new place, never the previous one, when the jurisdiction changes', async () => {
    const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    await settle(el);
    expect(el.status).to.equal('banned');
    el.jurisdiction = 'NZ';
    await el.updateComplete;
    // NZ is not loaded yet: the badge says it is loading, not Alabama's "banned".
    expect(el.status).to.equal('loading');
    await waitUntil(() => el.status !== 'loading', 'NZ loaded', { timeout: 5000 });
    await settle(el);
    expect(shadowText(el)).to.contain('New Zealand');
    expect(shadowText(el)).to.not.contain('Alabama');
    expect(el.status).to.not.equal('loading');
  });

  it('loadLegalData() still loads every place, and badges then read any place synchronously', async () => {
    const data = await loadLegalData();
    expect(peekLegalData()).to.equal(data);
    expect(data.COVERED_CODES.length).to.equal(PLACE_CODES.length);
    // PLACE_CODES is read from the loader table's keys: the same codes, in the same (data) order.
    expect([...PLACE_CODES]).to.deep.equal([...GENERATED_PLACE_CODES]);
    for (const code of PLACE_CODES) expect(peekLegalPlace(code), code).to.not.equal(undefined);
    const el = document.createElement('kratom-legal-badge') as KratomLegalBadge;
    el.jurisdiction = 'US-WY';
    document.body.append(el);
    await el.updateComplete;
    expect(el.status).to.not.equal('loading');
    expect(shadowText(el)).to.contain('Wyoming');
    el.remove();
  });
});
