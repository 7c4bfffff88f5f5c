import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resolveLocale, localeDirection } from '../src/localization/resolve.js';
import { getLocale, setLocale, SUPPORTED_LOCALES, LOCALE_LOADERS } from '../src/localization/index.js';
import { targetLocales } from '../src/generated/locale-codes.js';
import { templates as esTemplates } from '../src/generated/locales/es.js';
import { templates as deTemplates } from '../src/generated/locales/de.js';
import '../src/define/kratom-legal-badge.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import { setPageLang, settle, shadowText } from './helpers.js';

const SUPPORTED = ['en', 'es', 'pt-BR', 'de', 'ar'];

describe('locale resolution', () => {
  it('maps BCP 47 tags to the best supported locale', () => {
    expect(resolveLocale('es-MX', SUPPORTED, 'en')).to.equal('es');
    expect(resolveLocale('pt-PT', SUPPORTED, 'en')).to.equal('pt-BR');
    expect(resolveLocale('PT-br', SUPPORTED, 'en')).to.equal('pt-BR');
    expect(resolveLocale('de_CH', SUPPORTED, 'en')).to.equal('de');
    expect(resolveLocale('  ar-EG ', SUPPORTED, 'en')).to.equal('ar');
  });

  it('falls back to English for unknown, empty or malformed tags, never blank', () => {
    for (const tag of ['xx', '', '   ', null, undefined, '!!', 'zh-Hant-TW']) {
      expect(resolveLocale(tag as string, SUPPORTED, 'en')).to.equal('en');
    }
  });

  it('knows which locales are right to left', () => {
    expect(localeDirection('ar')).to.equal('rtl');
    expect(localeDirection('es')).to.equal('ltr');
  });

  it('has a lazy loader for every target locale in lit-localize.json', () => {
    expect(Object.keys(LOCALE_LOADERS).sort()).to.deep.equal([...targetLocales].sort());
    expect(SUPPORTED_LOCALES[0]).to.equal('en');
  });
});

describe('locale switching through <html lang>', () => {
  afterEach(async () => {
    await setLocale(null);
    await setPageLang('en', 'en');
  });

  it('re-renders a badge when <html lang> changes, and follows setLocale() overrides', async () => {
    const el = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    await waitUntil(() => el.status === 'banned', 'legal data loaded', { timeout: 5000 });
    await settle(el);
    expect(shadowText(el)).to.contain('Banned');

    await setPageLang('es-MX', 'es');
    await settle(el);
    expect(getLocale()).to.equal('es');
    expect(shadowText(el)).to.contain(esTemplates['legalBadge.status.banned'] as string);
    expect(esTemplates['legalBadge.status.banned']).to.not.equal('Banned');

    await setLocale('de-AT');
    await settle(el);
    expect(getLocale()).to.equal('de');
    expect(shadowText(el)).to.contain(deTemplates['legalBadge.status.banned'] as string);

    // The override wins over the page language until cleared.
    await setPageLang('es', 'de');
    expect(getLocale()).to.equal('de');
    await setLocale(null);
    await waitUntil(() => getLocale() === 'es', 'back to page language');
  });

  it('shows the new language in a badge that was out of the page while the locale changed', async () => {
    const holder = await fixture<HTMLDivElement>(
      html`<div><kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge></div>`,
    );
    const el = holder.querySelector('kratom-legal-badge') as KratomLegalBadge;
    await waitUntil(() => el.status === 'banned', 'legal data loaded', { timeout: 5000 });
    await settle(el);
    expect(shadowText(el)).to.contain('Banned');
    // Moved out (a framework re-parenting it, a virtual list), the language changes, moved back.
    el.remove();
    await setLocale('de');
    holder.append(el);
    await settle(el);
    expect(shadowText(el)).to.contain(deTemplates['legalBadge.status.banned'] as string);
    expect(shadowText(el)).to.not.contain('Banned');
  });

  it('resolves an unsupported page language to English', async () => {
    await setPageLang('xx-YY', 'en');
    expect(getLocale()).to.equal('en');
  });
});
