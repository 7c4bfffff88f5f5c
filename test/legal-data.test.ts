/**
 * Per-place legal data: a page with one badge fetches only its place's data module and its
 * parents' (US federal for a US state, EU for an EU member state); what has loaded reads
 * synchronously; `loadLegalData()` still loads every place for hosts that list them all.
 *
 * The first test must run before anything else in this file loads legal data (each test file is
 * its own page).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-legal-badge.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import {
  fetchedLegalPlaces,
  loadLegalData,
  loadLegalPlace,
  parentCodes,
  peekLegalData,
  peekLegalPlace,
  placeName,
  PLACE_CODES,
  preloadLegalPlaces,
} from '../src/content/legal/index.js';
import { captureWarnings, settle, shadowText } from './helpers.js';

/** Place modules (places/<code>.ts, not the index) the page has requested, as codes. */
function placeModulesRequested(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => /\/content\/legal\/places\/([a-z0-9-]+)\.[jt]s(?:\?|$)/.exec(entry.name)?.[1])
    .filter((code): code is string => code !== undefined && code !== 'index' && code !== 'all');
}

/** Any request for the whole-data modules (data.ts, places/all.ts). */
function wholeDataRequested(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/content\/legal\/(data|places\/all)\.[jt]s(?:\?|$)/.test(name));
}

describe('per-place legal data', () => {
  it('a page with one US-AL badge fetches only the us-al and us place modules', async () => {
    expect(placeModulesRequested(), 'nothing fetched before the badge').to.deep.equal([]);
    const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    await waitUntil(() => el.status !== 'loading', 'badge loaded', { timeout: 5000 });
    await settle(el);
    expect(el.status).to.equal('banned');
    expect(shadowText(el)).to.contain('Alabama');
    expect(fetchedLegalPlaces()).to.have.members(['US-AL', 'US']);
    expect(fetchedLegalPlaces()).to.have.length(2);
    expect(placeModulesRequested().sort()).to.deep.equal(['us', 'us-al']);
    expect(wholeDataRequested()).to.deep.equal([]);
    expect(peekLegalData(), 'the whole data was not loaded').to.equal(undefined);
    expect(peekLegalPlace('TH'), 'other places were not loaded').to.equal(undefined);
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
