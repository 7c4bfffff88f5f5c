/**
 * Host mode (the host app configured @lit/localize first, sharing our copy): the clinician summary
 * is offered only in the page language, `summary-lang` is ignored with one warning, and the host's
 * runtime is never asked to load or switch anything. Its own file, so the host configures first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { captureWarnings, settle } from './helpers.js';

describe('<kratom-risk-checklist> summary language in host mode', () => {
  it('offers only the page language and never touches the host runtime', async () => {
    const requested: string[] = [];
    const host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['th'],
      loadLocale: async (locale) => {
        requested.push(locale);
        return import('../src/generated/locales/th.js');
      },
    });
    let el!: HTMLElement & { updateComplete: Promise<unknown>; summaryLang: string | null };
    const warnings = await captureWarnings(async () => {
      await import('../src/define/kratom-risk-checklist.js');
      el = await fixture(html`<kratom-risk-checklist summary-lang="th" print-preview></kratom-risk-checklist>`);
      await settle(el);
      el.summaryLang = 'ar';
      await settle(el);
    });
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="summary-language"]'), 'no picker').to.equal(null);
    const summaries = [...root.querySelectorAll<HTMLElement>('[part~="print-summary"]')];
    expect(summaries.map((s) => s.lang)).to.deep.equal(['en']);
    expect(summaries[0]!.textContent).to.contain('Kratom self-check: summary for your doctor');
    expect(requested, 'the host runtime was not asked for anything').to.deep.equal([]);
    expect(host.getLocale()).to.equal('en');
    expect(warnings.filter((w) => w.includes('summary-lang'))).to.have.length(1);
  });
});
