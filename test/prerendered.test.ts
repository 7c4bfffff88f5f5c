/**
 * An element already in the HTML before its definition loads must upgrade and still follow
 * locale changes (the legacy-decorator ordering bug in TOOLCHAIN.md).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setPageLang, settle, shadowText } from './helpers.js';

describe('element present before definition', () => {
  it('upgrades, renders, and re-renders on <html lang> change', async () => {
    const container = document.createElement('div');
    container.innerHTML = '<kratom-legal-badge jurisdiction="us-al"></kratom-legal-badge>';
    document.body.append(container);
    const el = container.firstElementChild as HTMLElement & { status: string; updateComplete: Promise<boolean> };
    expect(customElements.get('kratom-legal-badge')).to.equal(undefined);

    await import('../src/define/kratom-legal-badge.js');
    await waitUntil(() => el.status === 'banned', 'upgraded with data', { timeout: 5000 });
    await settle(el);
    expect(shadowText(el)).to.contain('Banned');

    const { templates } = await import('../src/generated/locales/es.js');
    await setPageLang('es', 'es');
    await settle(el);
    expect(shadowText(el)).to.contain(templates['legalBadge.status.banned'] as string);
    container.remove();
    await setPageLang('en', 'en');
  });
});
