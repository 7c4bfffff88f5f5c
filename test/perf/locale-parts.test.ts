/**
 * Performance internals (not user-visible): a page fetches the shared locale part and the parts of
 * the elements on it, never the others. That every element renders translated is a behaviour test:
 * test/locale-parts.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALE_LOADERS, getLocale, setLocale } from '../../src/localization/index.js';
import { KratomLegalBadge } from '../../src/components/legal-badge/legal-badge.js';
import { KratomRiskChecklist } from '../../src/components/risk-checklist/risk-checklist.js';
import { settle } from '../helpers.js';
import { TAGS } from '../fixtures.js';

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

describe('locale parts fetched per page', () => {
  afterEach(() => setLocale(null));

  it('a page with only a badge fetches the shared and badge parts; an element added later fetches only its own', async () => {
    // Only the two elements of this page are defined (no all.js), as on a page that imports them one by one.
    KratomLegalBadge.define('kratom-legal-badge');
    const requested = recordParts('fr');
    const badge = await fixture<KratomLegalBadge>(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    await waitUntil(() => badge.status === 'banned', 'legal data', { timeout: 5000 });
    await setLocale('fr');
    await settle(badge);
    expect(getLocale()).to.equal('fr');
    expect([...requested].sort()).to.deep.equal(['legal-badge', 'shared']);

    KratomRiskChecklist.define('kratom-risk-checklist');
    const list = document.createElement('kratom-risk-checklist') as KratomRiskChecklist;
    document.body.append(list);
    await settle(list);
    expect(requested.filter((p) => p === 'risk-checklist')).to.have.length(1);
    const absent = TAGS.map((tag) => tag.replace(/^kratom-/, '')).filter(
      (part) => part !== 'legal-badge' && part !== 'risk-checklist',
    );
    expect(absent.length).to.be.greaterThan(0);
    for (const part of absent) expect(requested, part).to.not.include(part);
    list.remove();
  });
});
