/**
 * Locale modules are split per element. Every element loads its own part: an element that joins a
 * page whose locale is already active renders translated at once (no flash of English), and a
 * failing part keeps English for that element and warns once. Which parts a page fetches is a
 * performance internal: test/perf/locale-parts.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALE_LOADERS, LOCALE_PARTS, getLocale, setLocale } from '../src/localization/index.js';
import '../src/all.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import type { KratomRiskChecklist } from '../src/components/risk-checklist/risk-checklist.js';
import type { KratomMechanismDiagram } from '../src/components/mechanism-diagram/mechanism-diagram.js';
import { templates as frTemplates } from '../src/generated/locales/fr.js';
import { templates as viTemplates } from '../src/generated/locales/vi.js';
import { captureWarnings, settle, shadowText } from './helpers.js';
import { TAGS } from './fixtures.js';

type Loaders = Record<string, Record<string, () => Promise<unknown>>>;
const loaders = LOCALE_LOADERS as unknown as Loaders;

describe('locale parts per element', () => {
  afterEach(() => setLocale(null));

  it('every element names its own part (its define module name), and every locale has it', () => {
    for (const tag of TAGS) {
      const part = (customElements.get(tag) as unknown as { localePart: string }).localePart;
      expect(part, tag).to.equal(tag.replace(/^kratom-/, ''));
      expect(LOCALE_PARTS).to.include(part);
      for (const locale of Object.keys(loaders)) expect(loaders[locale], `${locale}/${part}`).to.have.property(part);
    }
  });

  it('an element that joins a page whose locale is already active renders translated at once', async () => {
    const badge = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    await waitUntil(() => badge.status === 'banned', 'legal data', { timeout: 5000 });
    await setLocale('fr');
    await settle(badge);
    expect(getLocale()).to.equal('fr');
    expect(shadowText(badge)).to.contain(frTemplates['legalBadge.status.banned'] as string);

    const texts: string[] = [];
    const list = document.createElement('kratom-risk-checklist') as KratomRiskChecklist;
    const firstUpdate = list.updateComplete.then(() => texts.push(shadowText(list)));
    document.body.append(list);
    await firstUpdate;
    await settle(list);
    expect(texts[0], 'first render').to.contain(frTemplates['riskChecklist.urgent.heading'] as string);
    list.remove();
  });

  it('a part that fails to load keeps English for its element and warns once', async () => {
    await setLocale('vi');
    const original = loaders['vi']!['mechanism-diagram']!;
    loaders['vi']!['mechanism-diagram'] = () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      let el!: KratomMechanismDiagram;
      const warnings = await captureWarnings(async () => {
        el = await fixture<KratomMechanismDiagram>(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
        await settle(el);
      });
      expect(warnings.filter((w) => w.includes('"vi"'))).to.have.length(1);
      expect(getLocale()).to.equal('vi');
      // Its own strings stay English; shared strings (already loaded) are Vietnamese.
      expect(shadowText(el)).to.not.contain(viTemplates['mechanismDiagram.view.showList'] as string);
      expect(shadowText(el)).to.contain('Show as list');
    } finally {
      loaders['vi']!['mechanism-diagram'] = original;
    }
  });
});
