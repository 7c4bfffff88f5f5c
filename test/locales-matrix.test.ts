/**
 * Every locale × every component: no English left in reader-facing text (compared with the
 * English render of the same fixture, with an explicit allow-list for proper nouns and words that
 * are spelled the same), axe clean in light and dark, and in Chromium also under forced colours.
 * Arabic is checked for right-to-left layout.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { setLocale, getLocale, SUPPORTED_LOCALES } from '../src/localization/index.js';
import { ALKALOIDS } from '../src/content/alkaloids.js';
import { AUTONYMS } from '../src/localization/autonyms.js';
import '../src/all.js';
import { captureWarnings, settle, ready } from './helpers.js';
import { TAGS, create, type WidgetElement } from './fixtures.js';

const ALKALOID_NAME = new RegExp(
  `^(${ALKALOIDS.map((a) => a.name.replace(/ \(.*\)$/, '')).join('|')})( \\([^)]*\\))?$`,
  'i',
);
/** Numbers with units (digits follow the locale's numbering system, which may be Latin). */
const NUMBER_WITH_UNIT = /^[\d.,\s\u00a0\u202f%–-]+(g\/mol)?$/;

/** Strings that are the same in every language: names, symbols, codes. */
const GLOBAL_ALLOW = new Set<string>([
  ...ALKALOIDS.flatMap((a) => [a.name, a.formula]),
  // The checklist's summary-language picker names each language in itself, in every locale.
  ...Object.values(AUTONYMS),
  'Kratom',
  'kratom',
  '7-OH',
  'CYP3A4',
  'CYP2D6',
  'COX-2',
  'PGE2',
  'FDA',
  'CDC',
  'DEA',
  'WHO',
  'NIDA',
  'PubChem',
  'Prostaglandin E2 (PGE2)',
]);

/** Words a locale legitimately spells like English (checked by a native speaker's eye). */
const LOCALE_ALLOW: Record<string, (string | RegExp)[]> = {
  de: ['Legal', 'Status', 'Details', 'Alkaloid', 'Prostaglandin E2 (PGE2)'],
  es: ['Legal'],
  // "Enzyme CYP3A4" (the diagram's edge label) is the same words in French.
  fr: ['Sources', /^Sources \(\d+\)$/, '7-hydroxymitragynine (7-OH)', 'Enzyme CYP3A4'],
  nl: ['Details', 'Status', '7-hydroxymitragynine (7-OH)', /^Kratom in .+$/],
  'pt-BR': ['Legal', 'Status'],
  pl: ['Alkaloid'],
  th: [],
  id: ['Legal', 'Status', 'Detail', 'Alkaloid'],
  ms: ['Legal', 'Status', 'Alkaloid', 'Formula'],
  vi: [],
  ar: [],
};

const SKIP_SELECTOR = [
  '[translate="no"]',
  '.ltr',
  '[part~="sources"]',
  '[part~="source-link"]',
  '[part~="claim-sources"]',
  '[part~="source"]',
  '[part~="formula"]',
  '[part~="place"]',
  'time',
  'a[href^="tel:"]',
  '[part~="covered"]',
].join(',');

/** Reader-facing strings of an element: text nodes and aria-labels, minus sources and names. */
function readerStrings(el: Element): string[] {
  const out: string[] = [];
  const root = el.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.ELEMENT_NODE) {
      const label = (n as Element).getAttribute('aria-label');
      if (label && !(n as Element).closest(SKIP_SELECTOR)) out.push(label.trim());
      continue;
    }
    const parent = n.parentElement;
    if (!parent || parent.closest(SKIP_SELECTOR) || parent.closest('style')) continue;
    const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out.filter((s) => /\p{L}{3,}/u.test(s));
}

/** Fixtures beyond the typical one: every badge status path (data, 7-OH, an unknown place, open). */
const MATRIX_STATES: Record<string, Record<string, string | null>[]> = {
  'kratom-legal-badge': [
    {},
    { jurisdiction: 'US-FL', product: '7-oh' },
    { jurisdiction: 'XX', variant: null, open: '' },
  ],
  'kratom-alkaloid-explainer': [{ alkaloid: '7-oh' }],
};
const page = (tag: string) => html`<div>${(MATRIX_STATES[tag] ?? [{}]).map((state) => create(tag, state))}</div>`;

async function mount(name: string): Promise<HTMLElement> {
  let wrapper!: HTMLElement;
  let els: WidgetElement[] = [];
  // The badge fixture has jurisdiction="XX" on purpose; its one expected warning is captured so the
  // test output shows only unexpected ones (any other warning fails here).
  const warnings = await captureWarnings(async () => {
    wrapper = await fixture<HTMLElement>(page(name));
    els = [...wrapper.children] as typeof els;
    for (const el of els) await ready(el);
  });
  expect(
    warnings.filter((w) => !w.includes('no legal information for jurisdiction="XX"')),
    `unexpected warnings (${name})`,
  ).to.deep.equal([]);
  if (name === 'kratom-risk-checklist') {
    const boxes = els[0]!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    for (const box of [...boxes].slice(0, 3)) box.click();
    await settle(els[0]!);
  }
  return wrapper;
}

function strings(wrapper: HTMLElement): Set<string> {
  return new Set([...wrapper.children].flatMap((el) => readerStrings(el)));
}

const english = new Map<string, Set<string>>();
const isChromium = navigator.userAgent.includes('Chrome');
/**
 * axe is the slow part: Chromium runs it for every locale (light, dark, forced colours); Firefox and
 * WebKit run it for the right-to-left locale and one Latin and one non-Latin locale, and check every
 * locale for English leftovers and missing translations.
 */
const AXE_EVERYWHERE = new Set(['ar', 'de', 'th']);

describe('locale matrix', () => {
  before(async () => {
    await setLocale('en');
    for (const name of TAGS) english.set(name, strings(await mount(name)));
  });
  after(async () => {
    document.documentElement.style.removeProperty('--kratom-color-scheme');
    await setLocale(null);
  });

  for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
    describe(locale, () => {
      before(async () => {
        await setLocale(locale);
        expect(getLocale()).to.equal(locale);
      });

      for (const name of TAGS) {
        const axe = isChromium || AXE_EVERYWHERE.has(locale);
        const title = `${name}: no English leftovers${axe ? `; axe clean in light and dark${isChromium ? ' and forced colours' : ''}` : ''}`;
        it(title, async () => {
          const wrapper = await mount(name);
          const rules = LOCALE_ALLOW[locale] ?? [];
          const allowed = (s: string) =>
            GLOBAL_ALLOW.has(s) ||
            ALKALOID_NAME.test(s) ||
            NUMBER_WITH_UNIT.test(s) ||
            rules.some((r) => (typeof r === 'string' ? r === s : r.test(s)));
          const en = english.get(name)!;
          const leftovers = [...strings(wrapper)].filter((s) => en.has(s) && !allowed(s));
          expect(leftovers, `English left in ${locale}/${name}`).to.deep.equal([]);
          if (locale === 'ar') {
            for (const el of wrapper.children) {
              const inner = el.shadowRoot!.querySelector('.kratom-base > *')!;
              expect(getComputedStyle(inner).direction, `${el.localName} direction`).to.equal('rtl');
            }
          }
          if (!axe) return;
          for (const scheme of ['light', 'dark']) {
            document.documentElement.style.setProperty('--kratom-color-scheme', scheme);
            await expect(wrapper).to.be.accessible();
          }
          document.documentElement.style.removeProperty('--kratom-color-scheme');
          if (isChromium && (await executeServerCommand('forced-colors', { active: true }))) {
            try {
              await expect(wrapper).to.be.accessible();
            } finally {
              await executeServerCommand('forced-colors', { active: false });
            }
          }
        });
      }
    });
  }
});
