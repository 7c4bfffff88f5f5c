import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/kratom-legal-badge.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import { JURISDICTIONS, UNSOURCED_JURISDICTIONS } from '../src/content/legal/jurisdictions.js';
import { LEGAL_STATUSES } from '../src/content/types.js';
import { clock } from '../src/shared/format.js';
import { setLocale } from '../src/localization/index.js';
import { captureWarnings, settle, shadowText } from './helpers.js';

async function badge(template: ReturnType<typeof html>): Promise<KratomLegalBadge> {
  const el = await fixture<KratomLegalBadge>(template);
  await waitUntil(() => el.status !== 'loading', 'legal data loaded', { timeout: 5000 });
  await settle(el);
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;

const STATUS_WORDS: Record<string, string> = {
  legal: 'Legal',
  regulated: 'Regulated',
  restricted: 'Restricted',
  banned: 'Banned',
  unclear: 'Status uncertain',
};

describe('<kratom-legal-badge>', () => {
  afterEach(() => {
    clock.now = () => new Date();
  });

  it('renders every status with its own word and its own icon shape', async () => {
    const shapes = new Set<string>();
    for (const status of LEGAL_STATUSES) {
      const entry = JURISDICTIONS.find((j) => j.status === status && !j.products);
      expect(entry, `a ${status} entry`).to.exist;
      const el = await badge(html`<kratom-legal-badge jurisdiction=${entry!.code}></kratom-legal-badge>`);
      expect(el.status).to.equal(status);
      expect(part(el, 'status')!.textContent!.trim()).to.equal(STATUS_WORDS[status]);
      const icon = part(el, 'icon')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      shapes.add(icon.innerHTML.replace(/<!--[^>]*-->/g, ''));
    }
    expect(shapes.size).to.equal(LEGAL_STATUSES.length);
  });

  it('accepts codes in any case with surrounding spaces', async () => {
    const el = await badge(html`<kratom-legal-badge jurisdiction="  us-al "></kratom-legal-badge>`);
    expect(el.status).to.equal('banned');
    expect(part(el, 'place')!.textContent).to.equal('Alabama');
  });

  it('names countries in English from its own data, and through Intl.DisplayNames in other languages', async () => {
    const Original = Intl.DisplayNames;
    const built: string[] = [];
    const intl = Intl as { DisplayNames: typeof Intl.DisplayNames };
    intl.DisplayNames = class extends Original {
      constructor(locales: Intl.LocalesArgument, options: Intl.DisplayNamesOptions) {
        super(locales, options);
        built.push(String(locales));
      }
    } as typeof Intl.DisplayNames;
    try {
      const th = await badge(html`<kratom-legal-badge jurisdiction="TH"></kratom-legal-badge>`);
      const us = await badge(html`<kratom-legal-badge jurisdiction="US"></kratom-legal-badge>`);
      expect(part(th, 'place')!.textContent).to.equal('Thailand');
      expect(part(us, 'place')!.textContent).to.equal('United States (federal)');
      expect(built, 'no Intl.DisplayNames on an English page').to.deep.equal([]);

      await setLocale('fr');
      await settle(th);
      const french = new Original(['fr'], { type: 'region' }).of('TH')!;
      expect(french).to.not.equal('Thailand');
      expect(part(th, 'place')!.textContent).to.equal(french);
      expect(built).to.include('fr');
    } finally {
      intl.DisplayNames = Original;
      await setLocale(null);
    }
  });

  it('shows the product scope difference for concentrated 7-OH where the data has one', async () => {
    const entry = JURISDICTIONS.find((j) => j.products?.['7-oh'] && j.products['7-oh'].status !== j.status)!;
    const leaf = await badge(html`<kratom-legal-badge jurisdiction=${entry.code} open></kratom-legal-badge>`);
    const oh = await badge(
      html`<kratom-legal-badge jurisdiction=${entry.code} product="7-oh" open></kratom-legal-badge>`,
    );
    expect(leaf.status).to.equal(entry.status);
    expect(oh.status).to.equal(entry.products!['7-oh']!.status);
    expect(shadowText(oh)).to.contain('Concentrated 7-OH products');
    expect(shadowText(leaf)).to.contain('By product');
  });

  it('prompts neutrally when no jurisdiction is given', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await badge(html`<kratom-legal-badge></kratom-legal-badge>`);
      expect(el.status).to.equal('none');
      expect(shadowText(el)).to.equal('Choose a place');
    });
    expect(warnings).to.have.length(0);
  });

  it('says "No information for XX", lists what is covered, and warns once', async () => {
    let el!: KratomLegalBadge;
    const warnings = await captureWarnings(async () => {
      el = await badge(html`<kratom-legal-badge jurisdiction="xx"></kratom-legal-badge>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(el.status).to.equal('unknown');
    expect(part(el, 'status')!.textContent).to.equal('No information for XX');
    expect(warnings).to.have.length(1);
    part(el, 'toggle')!.click();
    await el.updateComplete;
    const items = el.shadowRoot!.querySelectorAll('.covered li');
    expect(items.length).to.equal(JURISDICTIONS.length + UNSOURCED_JURISDICTIONS.length);
  });

  it('never shows an unclear or unsourced place as legal', async () => {
    for (const entry of JURISDICTIONS.filter((j) => j.status === 'unclear')) {
      const el = await badge(html`<kratom-legal-badge jurisdiction=${entry.code}></kratom-legal-badge>`);
      expect(part(el, 'status')!.textContent).to.equal('Status uncertain');
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('data-status')).to.equal('unclear');
    }
    const unsourced = await badge(
      html`<kratom-legal-badge jurisdiction=${UNSOURCED_JURISDICTIONS[0]!.code} open></kratom-legal-badge>`,
    );
    expect(unsourced.status).to.equal('unverified');
    expect(part(unsourced, 'status')!.textContent).to.equal('Not verified');
    expect(shadowText(unsourced)).to.contain('That does not mean it is legal');
  });

  it('marks an entry past its next review date as possibly out of date (mocked clock)', async () => {
    const entry = JURISDICTIONS.find((j) => j.code === 'US-AL')!;
    const fresh = await badge(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    expect(part(fresh, 'stale')).to.equal(null);
    const [y, m, d] = entry.nextReview.split('-').map(Number);
    clock.now = () => new Date(Date.UTC(y!, m! - 1, d! + 1));
    const stale = await badge(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    expect(part(stale, 'stale')!.textContent).to.contain('This may be out of date.');
  });

  it('shows a caveat for low-confidence entries', async () => {
    const entry = JURISDICTIONS.find((j) => j.confidence === 'low')!;
    const el = await badge(html`<kratom-legal-badge jurisdiction=${entry.code} open></kratom-legal-badge>`);
    expect(part(el, 'caveat')!.textContent).to.contain('Treat this with care');
  });

  it('opens and closes the details with the keyboard, reflects `open`, and fires kratom-legal-toggle', async () => {
    const el = await badge(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    const toggle = part(el, 'toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(part(el, 'details')!.hidden).to.equal(true);
    toggle.focus();
    const opened = oneEvent(el, 'kratom-legal-toggle');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail).to.deep.equal({ open: true });
    await el.updateComplete;
    expect(el.hasAttribute('open')).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(part(el, 'details')!.hidden).to.equal(false);
    const closed = oneEvent(el, 'kratom-legal-toggle');
    await sendKeys({ press: ' ' });
    expect((await closed).detail).to.deep.equal({ open: false });
    await el.updateComplete;
    expect(el.hasAttribute('open')).to.equal(false);
    // Escape closes too and keeps focus on the toggle.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('shows every detail field, and sources as safe new-tab links', async () => {
    const el = await badge(html`<kratom-legal-badge jurisdiction="US-AL" variant="full"></kratom-legal-badge>`);
    expect(part(el, 'toggle')).to.equal(null);
    const text = shadowText(el);
    for (const label of [
      'What the law covers',
      'Minimum age',
      'In force since',
      'Checked',
      'Next review',
      'Confidence',
      'Sources',
    ]) {
      expect(text).to.contain(label);
    }
    expect(text).to.contain('Not legal advice. Laws change; check the official source.');
    const links = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="source-link"]');
    expect(links.length).to.equal(JURISDICTIONS.find((j) => j.code === 'US-AL')!.sources.length);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.href).to.match(/^https?:/);
    }
    const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    el.headingLevel = 2;
    await el.updateComplete;
    expect(heading.getAttribute('aria-level')).to.equal('2');
  });

  it('exposes status as a read-only property and as custom states', async () => {
    const el = await badge(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    expect(el.status).to.equal('banned');
    expect(() => ((el as unknown as { status: string }).status = 'legal')).to.throw();
    let supported = true;
    const states = () => {
      try {
        return ['legal', 'banned', 'loading', 'open'].filter((s) => el.matches(`:state(${s})`));
      } catch {
        supported = false; // engine without :state() selector support
        return [];
      }
    };
    const initial = states();
    if (!supported) return;
    expect(initial).to.deep.equal(['banned']);

    const legal = JURISDICTIONS.find((j) => j.status === 'legal' && !j.products)!;
    el.jurisdiction = legal.code;
    await settle(el);
    expect(states(), 'old status state removed').to.deep.equal(['legal']);
    el.open = true;
    await settle(el);
    expect(states()).to.deep.equal(['legal', 'open']);
    el.open = false;
    await settle(el);
    expect(states()).to.deep.equal(['legal']);
  });

  it('returns schema.org DrugLegalStatus data', async () => {
    const el = await badge(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
    const json = el.toJSON()!;
    expect(json['@type']).to.equal('DrugLegalStatus');
    expect((json.applicableLocation as { identifier: string }).identifier).to.equal('US-AL');
  });

  it('falls back to leaf products with one warning for an invalid product', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await badge(html`<kratom-legal-badge jurisdiction="US-AL" product="tea"></kratom-legal-badge>`);
      expect(el.status).to.equal('banned');
    });
    expect(warnings).to.have.length(1);
  });

  it('writes no default attributes, reflects set values, and goes back to the default when an attribute is removed', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await badge(html`<kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge>`);
      // Like native elements: the page's markup is left as written.
      expect(el.getAttributeNames().sort()).to.deep.equal(['jurisdiction']);
      el.variant = 'full';
      el.product = '7-oh';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('full');
      expect(el.getAttribute('product')).to.equal('7-oh');
      expect(part(el, 'toggle'), 'full shows no toggle').to.equal(null);
      el.removeAttribute('variant');
      el.removeAttribute('product');
      await el.updateComplete;
      expect(el.variant).to.equal('compact');
      expect(el.product).to.equal('leaf');
      expect(part(el, 'toggle'), 'compact again').to.exist;
      expect(el.status).to.equal('banned');
      el.setAttribute('heading-level', '2');
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(el.headingLevel).to.equal(3);
    });
    // Removing an attribute is not a bad value: no warning.
    expect(warnings).to.deep.equal([]);
  });

  it('lays out right to left with dir="rtl"', async () => {
    const el = await badge(html`<div dir="rtl"><kratom-legal-badge jurisdiction="US-AL"></kratom-legal-badge></div>`);
    const b = (el as unknown as HTMLElement).querySelector('kratom-legal-badge') as KratomLegalBadge;
    await waitUntil(() => b.status === 'banned');
    await settle(b);
    const icon = part(b, 'icon')!.getBoundingClientRect();
    const status = part(b, 'status')!.getBoundingClientRect();
    expect(icon.left).to.be.greaterThan(status.left);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`is accessible closed and open (${scheme})`, async () => {
      document.documentElement.style.setProperty('--kratom-color-scheme', scheme);
      try {
        for (const code of ['US-AL', 'TH', 'US-KS', 'XX', '']) {
          const el = await badge(html`<kratom-legal-badge jurisdiction=${code}></kratom-legal-badge>`);
          await expect(el).to.be.accessible();
          if (part(el, 'toggle')) {
            el.open = true;
            await el.updateComplete;
            await expect(el).to.be.accessible();
          }
        }
      } finally {
        document.documentElement.style.removeProperty('--kratom-color-scheme');
      }
    });
  }
});
