/**
 * A host app that already configured @lit/localize (sharing our copy) must not break the widgets.
 * This file runs in its own page, so the host configures first, as it would in a real app.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { captureWarnings, settle, shadowText } from './helpers.js';

describe('host app already configured @lit/localize', () => {
  it('renders without throwing, in host mode, with one warning', async () => {
    const host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['es'],
      loadLocale: async () => {
        const mod = await import('../src/generated/locales/es.js');
        // The documented merge: the host spreads our templates into its own.
        return { templates: { ...mod.templates, 'host.hello': 'Hola' } };
      },
    });
    let el!: HTMLElement & { status: string };
    const warnings = await captureWarnings(async () => {
      const { isHostManaged } = await import('../src/localization/index.js');
      await import('../src/define/kratom-legal-badge.js');
      el = await fixture(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
      expect(isHostManaged()).to.equal(true);
      await waitUntil(() => el.status === 'banned', 'data', { timeout: 5000 });
      await settle(el as never);
    });
    expect(warnings.filter((w) => w.includes('@lit/localize'))).to.have.length(1);
    expect(shadowText(el)).to.contain('Banned');

    // The host switches its locale; our elements follow with the merged templates.
    await host.setLocale('es');
    const { templates } = await import('../src/generated/locales/es.js');
    await waitUntil(
      () => shadowText(el).includes(templates['legalBadge.status.banned'] as string),
      'host locale followed',
      {
        timeout: 5000,
      },
    );
    const { getLocale } = await import('../src/localization/index.js');
    expect(getLocale()).to.equal('es');
  });
});
