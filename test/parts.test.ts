/**
 * Every `part` an element renders is documented for it in custom-elements.json (`@csspart`), so a
 * theme author can find it. The parts are collected at run time from the shadow roots of each
 * element in many states (compact and full, open details, checked items, list view, print, a
 * draft translation), so dynamic part names and parts from shared templates are seen too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import { setLocale } from '../src/localization/index.js';
import { captureWarnings, ready } from './helpers.js';
import { FIXTURES, TAGS, create, type Overrides, type WidgetElement } from './fixtures.js';

/** The publisher's help, attribute form (fictional service). */
const HELP: Overrides = {
  'help-name': 'Anytown drug service',
  'help-phone': '020 7946 0000',
  'help-url': 'https://anytown.example/',
};

/** States beyond the typical fixture (an element without an entry is checked in its typical state). */
const STATES: Record<string, Overrides[]> = {
  'kratom-legal-badge': [
    { variant: null },
    { open: '' },
    { jurisdiction: 'US-FL', product: '7-oh' },
    { jurisdiction: 'XX' },
    { jurisdiction: null, picker: '' },
    { open: '', ...HELP },
  ],
  'kratom-risk-checklist': [{ compact: '' }, { variant: 'compact' }, { 'print-preview': '' }, HELP],
  'kratom-alkaloid-explainer': [{ compact: '' }, { variant: 'compact' }, { alkaloid: '7-oh' }],
  'kratom-mechanism-diagram': [{ view: 'list' }, { pathway: 'opioid' }, { pathway: 'inflammation' }],
};

type Manifest = {
  modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
};

/** Part names in `el`'s own shadow root (nested elements document their own parts). */
function partsOf(el: Element, into: Set<string>): void {
  for (const node of el.shadowRoot!.querySelectorAll('[part]'))
    for (const name of node.getAttribute('part')!.split(/\s+/)) if (name) into.add(name);
}

/** Renders `el` in its states of use: as mounted, every disclosure opened, every box checked, printing. */
async function collect(el: WidgetElement, into: Set<string>): Promise<void> {
  await ready(el);
  partsOf(el, into);
  const root = el.shadowRoot!;
  for (const toggle of root.querySelectorAll<HTMLElement>('button[aria-expanded="false"]')) toggle.click();
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type=checkbox]:not(:checked)')) box.click();
  await ready(el);
  partsOf(el, into);
  for (const tab of root.querySelectorAll<HTMLElement>('[role=tab]')) {
    tab.click();
    await ready(el);
    partsOf(el, into);
  }
  window.dispatchEvent(new Event('beforeprint'));
  partsOf(el, into);
  window.dispatchEvent(new Event('afterprint'));
  await ready(el);
}

describe('parts in custom-elements.json', function () {
  this.timeout(60000);
  let manifest: Manifest;
  const documented = (tag: string) =>
    new Set(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .find((d) => d.tagName === tag)
        ?.cssParts?.map((p) => p.name) ?? [],
    );

  before(async () => {
    manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  });
  after(() => setLocale(null));

  it('every element has a typical fixture and a manifest entry', () => {
    expect(TAGS.length).to.be.at.least(4);
    for (const tag of TAGS) {
      expect(FIXTURES, `test/fixtures.ts has no fixture for <${tag}>`).to.have.property(tag);
      expect(documented(tag).size, `<${tag}> has documented parts`).to.be.greaterThan(0);
    }
  });

  for (const tag of TAGS) {
    it(`<${tag}>: every rendered part is documented`, async () => {
      const seen = new Set<string>();
      // Deprecated attributes and the unknown place warn by design; the warnings are not checked here.
      await captureWarnings(async () => {
        for (const locale of ['en', 'es']) {
          await setLocale(locale);
          for (const state of locale === 'en' ? [{}, ...(STATES[tag] ?? [])] : [{}]) {
            const el = (await fixture(html`${create(tag, state)}`)) as WidgetElement;
            await collect(el, seen);
          }
        }
      });
      expect(seen.size, 'parts seen').to.be.greaterThan(0);
      const known = documented(tag);
      const missing = [...seen].filter((name) => !known.has(name)).sort();
      expect(
        missing,
        `<${tag}> renders parts custom-elements.json does not document: ${missing.join(', ')}`,
      ).to.deep.equal([]);
    });
  }
});
