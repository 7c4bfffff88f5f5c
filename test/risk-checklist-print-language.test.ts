/**
 * The clinician summary in the clinician's language (issue #26): the reader picks the language of
 * the printed summary (or the page presets it with `summary-lang`), independent of the page
 * language; side by side with the page language; right-to-left where the language is; nothing
 * fetched but our own locale chunks; a failed load falls back to the page language with a note.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/kratom-risk-checklist.js';
import '../src/define/kratom-legal-badge.js';
import type { KratomRiskChecklist } from '../src/components/risk-checklist/risk-checklist.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import { LOCALE_LOADERS, SUPPORTED_LOCALES, getLocale, renderInLocale, setLocale } from '../src/localization/index.js';
import { AUTONYMS } from '../src/localization/autonyms.js';
import { URGENT_SIGNS } from '../src/content/urgent-signs.js';
import { REVIEWS } from '../src/content/review.js';
import { templates as th } from '../src/generated/locales/th.js';
import { templates as ar } from '../src/generated/locales/ar.js';
import { captureWarnings, settle, setPageLang, shadowText } from './helpers.js';

const root = (el: Element) => el.shadowRoot!;
const parts = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (el: Element, name: string) => parts(el, name)[0] ?? null;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const select = (el: Element) => part(el, 'summary-language-select') as HTMLSelectElement;
const thai = (id: string) => th[id as keyof typeof th] as string;
const arabic = (id: string) => ar[id as keyof typeof ar] as string;

const EN_HEADING = 'Kratom self-check: summary for your doctor';

async function checklist(template: ReturnType<typeof html>): Promise<KratomRiskChecklist> {
  const el = await fixture<KratomRiskChecklist>(template);
  await settle(el);
  // The picker is in the element's own chunk; the rest loads once a language is chosen.
  await waitUntil(() => part(el, 'summary-language'), 'picker', { timeout: 5000 });
  await settle(el);
  return el;
}

/**
 * Picks a language in the select the way a reader does (a change event from the select), then
 * waits until the summary (looked at through print-preview) shows it, or the fallback note.
 */
async function choose(el: KratomRiskChecklist, value: string): Promise<void> {
  const s = select(el);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  const preview = el.printPreview;
  el.printPreview = true;
  await settle(el);
  const page = getLocale();
  await waitUntil(
    () =>
      parts(el, 'print-summary').some((p) => p.lang === (value || page)) ||
      part(el, 'summary-language-note')!.textContent!.trim() !== '',
    `summary in ${value}`,
    { timeout: 5000 },
  );
  el.printPreview = preview;
  await settle(el);
}

async function tick(el: KratomRiskChecklist, id: string): Promise<void> {
  root(el).querySelector<HTMLLabelElement>(`label[for="cb-${id}"]`)!.click();
  await settle(el);
}

describe('<kratom-risk-checklist>: the summary in the clinician’s language', () => {
  afterEach(async () => {
    await setLocale(null);
    await setPageLang('en', 'en');
  });

  // First in this file: the chunk is cached for the page once any test has chosen a language.
  it('fetches the summary-language code only once a language is chosen (issue #25)', async () => {
    const fetched = () =>
      performance
        .getEntriesByType('resource')
        .some((e) => /\/summary-language\.template\.(ts|js)$/.test(new URL(e.name).pathname));
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetched(), 'nothing fetched before a choice').to.equal(false);
    await choose(el, 'th');
    expect(fetched(), 'fetched on the choice').to.equal(true);
    expect(text(part(el, 'summary-language-note')!), 'no fallback note').to.equal('');
  });

  it('names every language in itself, "Same as this page" first, and has a visible label', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    const s = select(el);
    const label = root(el).querySelector<HTMLLabelElement>('label[for="summary-lang"]')!;
    expect(text(label)).to.equal('Language of the summary for your doctor');
    expect(s.labels?.[0] ?? label).to.equal(label);
    const options = [...s.options];
    expect(options.map((o) => o.value)).to.deep.equal(['', ...SUPPORTED_LOCALES]);
    expect(text(options[0]!)).to.equal('Same as this page');
    expect(options.slice(1).map((o) => text(o))).to.deep.equal(SUPPORTED_LOCALES.map((c) => AUTONYMS[c]));
    expect(options.slice(1).map((o) => o.lang)).to.deep.equal([...SUPPORTED_LOCALES]);
    expect(Object.keys(AUTONYMS).sort()).to.deep.equal([...SUPPORTED_LOCALES].sort());
    expect(s.value).to.equal('');
    // No side-by-side checkbox until another language is chosen.
    expect(part(el, 'summary-bilingual')).to.equal(null);
    await expect(el).to.be.accessible();
    await choose(el, 'ar');
    await expect(el).to.be.accessible();
  });

  it('English on a Thai page: the summary is English with lang="en", the checklist stays Thai', async () => {
    await setPageLang('th', 'th');
    const el = await checklist(html`<kratom-risk-checklist print-preview></kratom-risk-checklist>`);
    expect(text(part(el, 'print-heading')!)).to.equal(thai('riskChecklist.print.heading'));
    el.printPreview = false;
    await settle(el);
    await tick(el, 'opioids');
    await choose(el, 'en');
    expect(el.getAttribute('summary-lang'), 'the choice is reflected').to.equal('en');
    el.printPreview = true;
    await settle(el);
    const [summary, ...more] = parts(el, 'print-summary');
    expect(more).to.have.length(0);
    expect(summary!.lang).to.equal('en');
    expect(summary!.dir).to.equal('ltr');
    expect(text(part(el, 'print-heading')!)).to.equal(EN_HEADING);
    const printed = text(summary!);
    expect(printed).to.contain('Why it matters:');
    expect(printed).to.contain('What to do:');
    expect(printed).to.contain('Get help now');
    expect(printed).to.contain(`Content version ${REVIEWS.risks.contentVersion}`);
    expect(printed).to.match(/Printed on [A-Z][a-z]+ \d{1,2}, \d{4}/);
    expect(printed).to.contain('Languages of this summary: English');
    expect(printed, 'no Thai left in the English summary').to.not.match(/[\u0E00-\u0E7F]/);
    for (const sign of URGENT_SIGNS) expect(printed).to.contain(renderInLocale('en', () => sign.text()));
    expect(summary!.querySelector('[data-id="opioids"]')).to.not.equal(null);
    // The checklist and the page stay Thai.
    expect(document.documentElement.lang).to.equal('th');
    expect(getLocale()).to.equal('th');
    expect(text(part(el, 'urgent-heading')!)).to.equal(thai('riskChecklist.urgent.heading'));
  });

  it('side by side: two sections, each with its own lang and dir, the same ticked items', async () => {
    await setPageLang('th', 'th');
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    await tick(el, 'opioids');
    await tick(el, 'liver');
    await choose(el, 'en');
    const both = part(el, 'summary-bilingual') as HTMLInputElement;
    // "Also show it in ไทย": the page language, named in itself.
    expect(text(both.closest('label')!)).to.contain('ไทย');
    both.click();
    await settle(el);
    expect(el.hasAttribute('summary-bilingual')).to.equal(true);
    el.printPreview = true;
    await settle(el);
    const columns = part(el, 'print-columns')!;
    const sections = parts(el, 'print-summary');
    expect(sections.map((s) => [s.lang, s.dir])).to.deep.equal([
      ['en', 'ltr'],
      ['th', 'ltr'],
    ]);
    expect(sections.every((s) => columns.contains(s))).to.equal(true);
    const ids = (s: HTMLElement) => [...s.querySelectorAll<HTMLElement>('.print-list > li')].map((li) => li.dataset.id);
    expect(ids(sections[0]!)).to.deep.equal(ids(sections[1]!));
    expect(ids(sections[0]!)).to.have.members(['opioids', 'liver']);
    expect(text(sections[0]!.querySelector('[part~="print-heading"]')!)).to.equal(EN_HEADING);
    expect(text(sections[1]!.querySelector('[part~="print-heading"]')!)).to.equal(thai('riskChecklist.print.heading'));
    // Each column says which languages the summary holds; heading ids stay unique.
    expect(text(sections[0]!)).to.contain('English and ไทย');
    const headingIds = sections.map((s) => s.getAttribute('aria-labelledby'));
    expect(new Set(headingIds).size).to.equal(2);
    for (const id of headingIds) expect(root(el).getElementById(id!)).to.not.equal(null);
    // Wide enough (the test page): two columns next to each other.
    const [a, b] = sections.map((s) => s.getBoundingClientRect());
    expect(Math.abs(a!.top - b!.top)).to.be.lessThan(2);
  });

  it('side by side stacks at 320 px', async () => {
    const frame = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px">
        <kratom-risk-checklist summary-lang="de" summary-bilingual print-preview></kratom-risk-checklist>
      </div>`,
    );
    const el = frame.querySelector<KratomRiskChecklist>('kratom-risk-checklist')!;
    await settle(el);
    await waitUntil(() => parts(el, 'print-summary').length === 2, 'two copies', { timeout: 5000 });
    const [a, b] = parts(el, 'print-summary').map((s) => s.getBoundingClientRect());
    expect(b!.top).to.be.greaterThan(a!.bottom - 1);
    expect(root(el).querySelector('.root')!.scrollWidth).to.be.at.most(320);
  });

  it('an Arabic summary on an English page is right to left; the checklist stays English and LTR', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    await choose(el, 'ar');
    el.printPreview = true;
    await settle(el);
    const summary = part(el, 'print-summary')!;
    expect(summary.lang).to.equal('ar');
    expect(summary.dir).to.equal('rtl');
    expect(getComputedStyle(summary.querySelector('.print-intro')!).direction).to.equal('rtl');
    expect(text(part(el, 'print-heading')!)).to.equal(arabic('riskChecklist.print.heading'));
    expect(text(part(el, 'urgent-heading')!)).to.equal('Get help now');
    expect(getComputedStyle(part(el, 'urgent')!).direction).to.equal('ltr');
  });

  it('an LTR summary on an RTL page', async () => {
    await setPageLang('ar', 'ar');
    const el = await checklist(html`<kratom-risk-checklist summary-lang="fr" print-preview></kratom-risk-checklist>`);
    await waitUntil(() => part(el, 'print-summary')!.lang === 'fr', 'French summary', { timeout: 5000 });
    const summary = part(el, 'print-summary')!;
    expect(summary.dir).to.equal('ltr');
    expect(getComputedStyle(summary.querySelector('.print-intro')!).direction).to.equal('ltr');
    expect(getComputedStyle(part(el, 'urgent')!).direction).to.equal('rtl');
  });

  it('summary-lang presets the choice with any BCP 47 tag, resolved like the page language', async () => {
    await setPageLang('th', 'th');
    const el = await checklist(
      html`<kratom-risk-checklist summary-lang="en-US" print-preview></kratom-risk-checklist>`,
    );
    await waitUntil(() => part(el, 'print-summary')!.lang === 'en', 'English summary', { timeout: 5000 });
    expect(text(part(el, 'print-heading')!)).to.equal(EN_HEADING);
    expect(select(el).value).to.equal('en');
    el.summaryLang = 'pt-PT';
    await waitUntil(() => part(el, 'print-summary')!.lang === 'pt-BR', 'pt-BR summary', { timeout: 5000 });
    expect(select(el).value).to.equal('pt-BR');
    // "Same as this page" clears the attribute.
    await choose(el, '');
    expect(el.hasAttribute('summary-lang')).to.equal(false);
    expect(part(el, 'print-summary')!.lang).to.equal('th');
    expect(part(el, 'print-languages')).to.equal(null);
    // After the reader's own choice, the page can still set it.
    el.summaryLang = 'ar';
    await waitUntil(() => part(el, 'print-summary')!.lang === 'ar', 'Arabic summary', { timeout: 5000 });
    expect(select(el).value).to.equal('ar');
  });

  it('renders in the chosen language inside beforeprint (synchronous), then drops it after printing', async () => {
    await setPageLang('de', 'de');
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    await choose(el, 'vi');
    window.dispatchEvent(new Event('beforeprint'));
    const summary = part(el, 'print-summary')!;
    expect(summary, 'rendered inside beforeprint').to.not.equal(null);
    expect(summary.lang).to.equal('vi');
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
  });

  it('does not change <html lang>, the page locale or other widgets, and fetches nothing', async () => {
    await setPageLang('th', 'th');
    const calls: string[] = [];
    const original = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls.push(String(args[0]));
      return original(...args);
    };
    const localeEvents: string[] = [];
    const onLocale = (e: Event) => localeEvents.push(String((e as CustomEvent).detail?.locale));
    window.addEventListener('kratom-locale-change', onLocale);
    try {
      const badge = await fixture<KratomLegalBadge>(
        html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`,
      );
      await waitUntil(() => badge.status === 'banned', 'badge data', { timeout: 5000 });
      const before = shadowText(badge);
      const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
      await choose(el, 'es');
      el.printPreview = true;
      await settle(el);
      await settle(badge);
      expect(part(el, 'print-summary')!.lang).to.equal('es');
      expect(document.documentElement.lang).to.equal('th');
      expect(getLocale()).to.equal('th');
      expect(shadowText(badge)).to.equal(before);
      expect(localeEvents, 'no locale-change event').to.deep.equal([]);
      expect(calls).to.deep.equal([]);
      expect(document.cookie).to.equal('');
      expect(localStorage.length + sessionStorage.length).to.equal(0);
    } finally {
      window.fetch = original;
      window.removeEventListener('kratom-locale-change', onLocale);
    }
  });

  it('keyboard: the select and the checkbox are reachable and work with keys', async () => {
    const el = await checklist(html`<kratom-risk-checklist summary-lang="th"></kratom-risk-checklist>`);
    await waitUntil(() => part(el, 'summary-bilingual') !== null, 'checkbox', { timeout: 5000 });
    select(el).focus();
    expect(root(el).activeElement).to.equal(select(el));
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(part(el, 'summary-bilingual'));
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(el.summaryBilingual).to.equal(true);
  });

  it('a failed load falls back to the page language with a visible note and one warning', async () => {
    type Loaders = Record<string, Record<string, () => Promise<unknown>>>;
    const loaders = LOCALE_LOADERS as unknown as Loaders;
    const saved = { ...loaders.ms! };
    for (const key of Object.keys(loaders.ms!)) loaders.ms![key] = () => Promise.reject(new TypeError('offline'));
    try {
      let el!: KratomRiskChecklist;
      const warnings = await captureWarnings(async () => {
        el = await checklist(html`<kratom-risk-checklist print-preview></kratom-risk-checklist>`);
        el.printPreview = false;
        await settle(el);
        await choose(el, 'ms');
        el.requestUpdate();
        await settle(el);
      });
      expect(warnings.filter((w) => w.includes('"ms"'))).to.have.length(1);
      const note = part(el, 'summary-language-note')!;
      expect(text(note)).to.equal(
        'The summary could not be loaded in Bahasa Melayu, so it is shown in the language of this page.',
      );
      expect(note.getAttribute('role')).to.equal('status');
      el.printPreview = true;
      await settle(el);
      const summary = part(el, 'print-summary')!;
      expect(summary.lang).to.equal('en');
      expect(text(part(el, 'print-heading')!)).to.equal(EN_HEADING);
      expect(text(part(el, 'print-language-note')!)).to.contain('Bahasa Melayu');
    } finally {
      Object.assign(loaders.ms!, saved);
    }
  });
});
