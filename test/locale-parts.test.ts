/**
 * Locale modules are split per element: a page fetches the shared part and the parts of the elements
 * on it, never the others. An element that joins a page whose locale is already active loads its own
 * part first and renders translated at once (no flash of English). A failing part keeps English for
 * that element and warns once.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALE_LOADERS, LOCALE_PARTS, getLocale, setLocale } from '../src/localization/index.js';
import { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import { KratomRiskChecklist } from '../src/components/risk-checklist/risk-checklist.js';
import { KratomAlkaloidExplainer } from '../src/components/alkaloid-explainer/alkaloid-explainer.js';
import { KratomMechanismDiagram } from '../src/components/mechanism-diagram/mechanism-diagram.js';
import { templates as frTemplates } from '../src/generated/locales/fr.js';
import { templates as viTemplates } from '../src/generated/locales/vi.js';
import { captureWarnings, settle, shadowText } from './helpers.js';

type Loaders = Record<string, Record<string, () => Promise<unknown>>>;
const loaders = LOCALE_LOADERS as unknown as Loaders;

/** Wraps every loader of `locale` to record which parts were requested. */
function recordParts(locale: string): string[] {
  const requested: string[] = [];
  for (const [part, load] of Object.entries(loaders[locale]!)) {
    loaders[locale]![part] = () => {
      requested.push(part);
      return load();
    };
  }
  return requested;
}

describe('locale parts per element', () => {
  afterEach(() => setLocale(null));

  it('every element names a part that every locale has', () => {
    for (const cls of [KratomLegalBadge, KratomRiskChecklist, KratomAlkaloidExplainer, KratomMechanismDiagram]) {
      const part = (cls as unknown as { localePart: string }).localePart;
      expect(LOCALE_PARTS).to.include(part);
      for (const locale of Object.keys(loaders)) expect(loaders[locale]).to.have.property(part);
    }
  });

  it('a page with only a badge fetches the shared and badge parts, and an element added later fetches its own before rendering', async () => {
    KratomLegalBadge.define('kratom-legal-badge');
    const requested = recordParts('fr');
    const badge = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    await waitUntil(() => badge.status === 'banned', 'legal data', { timeout: 5000 });
    await setLocale('fr');
    await settle(badge);
    expect(getLocale()).to.equal('fr');
    expect([...requested].sort()).to.deep.equal(['legal-badge', 'shared']);
    expect(shadowText(badge)).to.contain(frTemplates['legalBadge.status.banned'] as string);

    // The checklist joins the French page: its part loads, and its first render is already French.
    KratomRiskChecklist.define('kratom-risk-checklist');
    const texts: string[] = [];
    const list = document.createElement('kratom-risk-checklist') as KratomRiskChecklist;
    const firstUpdate = list.updateComplete.then(() => texts.push(shadowText(list)));
    document.body.append(list);
    await firstUpdate;
    await settle(list);
    expect(requested.filter((p) => p === 'risk-checklist')).to.have.length(1);
    expect(requested).to.not.include('alkaloid-explainer');
    expect(requested).to.not.include('mechanism-diagram');
    expect(texts[0]).to.contain(frTemplates['riskChecklist.urgent.heading'] as string);
    list.remove();
  });

  it('a part that fails to load keeps English for its element and warns once', async () => {
    KratomMechanismDiagram.define('kratom-mechanism-diagram');
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
