/**
 * A failing lazy import, or a malformed / truncated locale chunk, leaves English in place and logs
 * one warning; a later good locale still loads.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALE_LOADERS, getLocale, setLocale } from '../src/localization/index.js';
import '../src/define/kratom-legal-badge.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import { captureWarnings, settle, shadowText } from './helpers.js';

type Loaders = Record<string, Record<string, () => Promise<unknown>>>;
const loaders = LOCALE_LOADERS as unknown as Loaders;

describe('locale loading failures', () => {
  const original = Object.fromEntries(Object.entries(loaders).map(([l, parts]) => [l, { ...parts }]));
  afterEach(async () => {
    for (const [l, parts] of Object.entries(original)) Object.assign(loaders[l]!, parts);
    await setLocale(null);
  });

  // Warnings are once per locale and page, so each case breaks a different locale.
  for (const [locale, label, broken] of [
    ['fr', 'a failing import', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))],
    ['nl', 'a malformed chunk (no templates)', () => Promise.resolve({ nothing: true })],
    ['pl', 'a truncated chunk (templates missing)', () => Promise.resolve({ templates: undefined })],
  ] as const) {
    it(`keeps English and warns once after ${label}`, async () => {
      const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
      await waitUntil(() => el.status === 'banned', 'data', { timeout: 5000 });
      // Every part of the locale is broken (the shared part alone would be enough).
      for (const part of Object.keys(loaders[locale]!)) loaders[locale]![part] = broken;
      const warnings = await captureWarnings(async () => {
        await setLocale(locale);
        await settle(el);
        await setLocale(locale);
        await settle(el);
      });
      expect(getLocale()).to.equal('en');
      expect(shadowText(el)).to.contain('Banned');
      expect(warnings.filter((w) => w.includes(`"${locale}"`))).to.have.length(1);
    });
  }

  it('still loads a good locale afterwards', async () => {
    const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    await waitUntil(() => el.status === 'banned', 'data', { timeout: 5000 });
    await setLocale('de');
    await settle(el);
    expect(getLocale()).to.equal('de');
    const { templates } = await import('../src/generated/locales/de.js');
    expect(shadowText(el)).to.contain(templates['legalBadge.status.banned'] as string);
  });
});
