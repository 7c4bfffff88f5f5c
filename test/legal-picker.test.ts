/**
 * `<kratom-legal-badge picker>`: the reader chooses the place with native selects, by keyboard;
 * the badge shows that place and fires `kratom-place-change`; it starts from `jurisdiction` or the
 * page language's region; option names follow the active language, sorted for it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/kratom-legal-badge.js';
import type { KratomLegalBadge, PlaceChangeDetail } from '../src/components/legal-badge/legal-badge.js';
import { regionOfLanguage } from '../src/components/legal-badge/picker-support.js';
import { PLACE_CODES } from '../src/content/legal/index.js';
import { setPageLang, settle, shadowText } from './helpers.js';

const select = (el: KratomLegalBadge, id: 'picker-country' | 'picker-state'): HTMLSelectElement | null =>
  el.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`);

/** The accessible name a select gets from its <label for>. */
function labelOf(el: KratomLegalBadge, control: HTMLSelectElement): string {
  return el.shadowRoot!.querySelector(`label[for="${control.id}"]`)?.textContent?.trim() ?? '';
}

/** Presses ArrowDown or ArrowUp on the focused select until `value` is selected. */
async function pressUntil(el: KratomLegalBadge, control: HTMLSelectElement, value: string): Promise<void> {
  const target = [...control.options].findIndex((o) => o.value === value);
  expect(target, `option ${value}`).to.be.at.least(0);
  for (let i = 0; i < control.options.length && control.value !== value; i++) {
    await sendKeys({ press: control.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
    await el.updateComplete;
  }
  expect(control.value).to.equal(value);
}

async function loaded(el: KratomLegalBadge): Promise<void> {
  await waitUntil(() => el.status !== 'loading', 'place loaded', { timeout: 5000 });
  await settle(el);
}

describe('<kratom-legal-badge picker>', () => {
  afterEach(async () => {
    await setPageLang('en', 'en');
  });

  it('chooses a country and then a US state by keyboard, fires kratom-place-change, and shows that place', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button type="button">before</button><kratom-legal-badge picker></kratom-legal-badge></div>`,
    );
    const el = wrapper.querySelector('kratom-legal-badge') as KratomLegalBadge;
    await settle(el);
    const country = select(el, 'picker-country')!;
    expect(labelOf(el, country)).to.equal('Country or region');
    expect(country.value, 'starts empty on an English page without a region').to.equal('');
    expect(country.selectedOptions[0]?.textContent?.trim()).to.equal('Choose a country or region');
    expect(select(el, 'picker-state')).to.equal(null);

    const events: CustomEvent<PlaceChangeDetail>[] = [];
    el.addEventListener('kratom-place-change', (e) => events.push(e));

    // Tab from the button into the country select, then type to choose Thailand (a closed native
    // select picks the first option that starts with what was typed, and fires change as it goes).
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(country);
    await sendKeys({ type: 'Thai' });
    await waitUntil(() => events.at(-1)?.detail.jurisdiction === 'TH', 'Thailand chosen', { timeout: 5000 });
    await loaded(el);
    expect(el.jurisdiction).to.equal('TH');
    expect(shadowText(el)).to.contain('Thailand');
    expect(events.every((e) => e.bubbles && e.composed && PLACE_CODES.includes(e.detail.jurisdiction))).to.equal(true);

    // Arrow keys to the United States: the state select appears, at "Federal law only" (US).
    await pressUntil(el, country, 'US');
    await waitUntil(() => events.at(-1)?.detail.jurisdiction === 'US', 'US chosen', { timeout: 5000 });
    await loaded(el);
    expect(el.jurisdiction).to.equal('US');
    const state = select(el, 'picker-state')!;
    expect(labelOf(el, state)).to.equal('US state');
    expect(state.value).to.equal('US');
    expect(state.selectedOptions[0]?.textContent?.trim()).to.equal('Federal law only');
    expect(el.shadowRoot!.activeElement, 'focus stays on the country select').to.equal(country);

    // Tab to the state select and type to choose Alabama.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(state);
    await sendKeys({ type: 'Alab' });
    await waitUntil(() => events.at(-1)?.detail.jurisdiction === 'US-AL', 'Alabama chosen', { timeout: 5000 });
    await loaded(el);
    expect(el.jurisdiction).to.equal('US-AL');
    expect(el.getAttribute('jurisdiction')).to.equal('US-AL');
    expect(el.status).to.equal('banned');
    expect(shadowText(el)).to.contain('Alabama');
    expect(country.value).to.equal('US');
  });

  it('starts from the jurisdiction the host set, and follows later changes by the host', async () => {
    const el = await fixture<KratomLegalBadge>(
      html`<kratom-legal-badge picker jurisdiction="us-tn"></kratom-legal-badge>`,
    );
    await loaded(el);
    expect(select(el, 'picker-country')!.value).to.equal('US');
    expect(select(el, 'picker-state')!.value).to.equal('US-TN');
    el.jurisdiction = 'AT';
    await loaded(el);
    expect(select(el, 'picker-country')!.value).to.equal('AT');
    expect(select(el, 'picker-state')).to.equal(null);
  });

  it("starts from the page language's region: de-AT is Austria", async () => {
    await setPageLang('de-AT', 'de');
    const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge picker></kratom-legal-badge>`);
    await loaded(el);
    expect(el.jurisdiction).to.equal('AT');
    expect(select(el, 'picker-country')!.value).to.equal('AT');
    expect(select(el, 'picker-country')!.selectedOptions[0]?.textContent?.trim()).to.equal('Österreich');
    expect(shadowText(el)).to.contain('Österreich');
  });

  it('names the options in the active language, sorted for it', async () => {
    await setPageLang('de', 'de');
    const el = await fixture<KratomLegalBadge>(
      html`<kratom-legal-badge picker jurisdiction="US"></kratom-legal-badge>`,
    );
    await loaded(el);
    const names = [...select(el, 'picker-country')!.options].slice(1).map((o) => o.textContent!.trim());
    expect(names).to.include('Österreich');
    expect(names).to.include('Vereinigte Staaten');
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('de').compare));
    const countries = PLACE_CODES.filter((c) => !c.includes('-'));
    expect(names).to.have.length(countries.length);
    const states = [...select(el, 'picker-state')!.options].slice(1).map((o) => o.textContent!.trim());
    expect(states).to.have.length(PLACE_CODES.filter((c) => c.startsWith('US-')).length);
    expect(states).to.deep.equal([...states].sort(new Intl.Collator('de').compare));
  });

  it('reads the region of a language tag', () => {
    expect(regionOfLanguage('de-AT')).to.equal('AT');
    expect(regionOfLanguage('zh-Hant-TW')).to.equal('TW');
    expect(regionOfLanguage('pt_br')).to.equal('BR');
    expect(regionOfLanguage('de')).to.equal(undefined);
    expect(regionOfLanguage('es-419')).to.equal(undefined);
  });

  it('fits 320 px and lays out right to left with dir="rtl"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="inline-size: 320px">
        <kratom-legal-badge picker jurisdiction="US-AL"></kratom-legal-badge>
      </div>`,
    );
    const el = wrapper.firstElementChild as KratomLegalBadge;
    await loaded(el);
    const country = select(el, 'picker-country')!;
    const state = select(el, 'picker-state')!;
    for (const control of [country, state]) {
      const box = control.getBoundingClientRect();
      const outer = wrapper.getBoundingClientRect();
      expect(box.right).to.be.at.most(outer.right + 0.5);
      expect(box.left).to.be.at.least(outer.left - 0.5);
      expect(getComputedStyle(control).direction).to.equal('rtl');
    }
    // Right to left: each label starts at the right edge of its select.
    const label = el.shadowRoot!.querySelector('label[for="picker-country"]')!.getBoundingClientRect();
    expect(Math.abs(label.right - country.getBoundingClientRect().right)).to.be.below(1);
  });
});
