/**
 * The three critical safety fixes of the 2026-12 content audit, as a reader sees them in EVERY
 * locale (not only in English):
 * - F-C1: no US place shows concentrated 7-OH products as "Legal" or "Regulated";
 * - F-C2: the sedatives and alcohol items carry the same severity label as the opioids item, and
 *   their "What to do" is the locale's "do not combine / do not mix" sentence;
 * - F-C3: the urgent block gives the three first-aid steps (rescue breaths or CPR, a second
 *   naloxone dose after 2–3 minutes, naloxone wears off so care is still needed).
 * Expected words come from each locale's own generated templates, so a translation that dropped or
 * changed one of these sentences fails here.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-legal-badge.js';
import '../src/define/kratom-risk-checklist.js';
import { PLACE_CODES } from '../src/content/legal/places/index.js';
import { SUPPORTED_LOCALES, getLocale, setLocale } from '../src/localization/index.js';
import { settle } from './helpers.js';

type Templates = Record<string, unknown>;
const LOCALE_MODULES: Record<string, () => Promise<{ templates: Templates }>> = {
  ar: () => import('../src/generated/locales/ar.js'),
  de: () => import('../src/generated/locales/de.js'),
  es: () => import('../src/generated/locales/es.js'),
  fr: () => import('../src/generated/locales/fr.js'),
  id: () => import('../src/generated/locales/id.js'),
  ms: () => import('../src/generated/locales/ms.js'),
  nl: () => import('../src/generated/locales/nl.js'),
  pl: () => import('../src/generated/locales/pl.js'),
  'pt-BR': () => import('../src/generated/locales/pt-BR.js'),
  th: () => import('../src/generated/locales/th.js'),
  vi: () => import('../src/generated/locales/vi.js'),
};

/** Visible text of a node, whitespace folded, without bidi isolation marks. */
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** A plain template's text (no placeholders), as the widgets render it. */
const plain = (t: Templates, id: string, fallback: string) =>
  (typeof t[id] === 'string' ? (t[id] as string) : fallback)
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const US_CODES = PLACE_CODES.filter((c) => c === 'US' || c.startsWith('US-'));

describe('critical safety fixes in every locale', function () {
  this.timeout(120000);
  after(async () => {
    await setLocale(null);
  });

  for (const locale of SUPPORTED_LOCALES) {
    describe(locale, () => {
      let t: Templates = {};
      before(async () => {
        t = locale === 'en' ? {} : (await LOCALE_MODULES[locale]!()).templates;
        await setLocale(locale);
        expect(getLocale()).to.equal(locale);
      });

      it('no US place shows concentrated 7-OH products as "Legal" or "Regulated" (F-C1)', async () => {
        const legal = plain(t, 'legalBadge.status.legal', 'Legal');
        const regulated = plain(t, 'legalBadge.status.regulated', 'Regulated');
        const wrapper = await fixture<HTMLElement>(
          html`<div>
            ${US_CODES.map((code) => html`<kratom-legal-badge jurisdiction=${code} product="7-oh"></kratom-legal-badge>`)}
          </div>`,
        );
        const badges = [...wrapper.querySelectorAll('kratom-legal-badge')] as (HTMLElement & {
          status: string;
          updateComplete: Promise<unknown>;
        })[];
        await waitUntil(() => badges.every((b) => b.status !== 'loading'), 'legal data', { timeout: 20000 });
        for (const b of badges) await settle(b);
        expect(badges.length).to.be.at.least(50);
        for (const b of badges) {
          const word = text(b.shadowRoot!.querySelector('[part~="status"]'));
          const code = b.getAttribute('jurisdiction');
          expect(word, `${locale} ${code}`).to.not.equal('');
          expect(word, `${locale} ${code}`).to.not.equal(legal);
          expect(word, `${locale} ${code}`).to.not.equal(regulated);
          expect(b.status, `${locale} ${code}`).to.not.be.oneOf(['legal', 'regulated']);
        }
      });

      it('rates sedatives and alcohol like opioids, with "do not combine / do not mix" (F-C2)', async () => {
        const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
          html`<kratom-risk-checklist items="opioids,sedatives,alcohol"></kratom-risk-checklist>`,
        );
        await settle(el);
        const root = el.shadowRoot!;
        for (const id of ['opioids', 'sedatives', 'alcohol'])
          root.querySelector<HTMLInputElement>(`#cb-${id}`)!.click();
        await settle(el);
        const details = (id: string) => root.querySelector(`.item[data-id="${id}"] [part~="item-details"]`)!;
        const severity = (id: string) => text(details(id).querySelector('[part~="severity"]'));
        const action = (id: string) => text(details(id).querySelector('[part~="action"]'));
        expect(severity('opioids'), locale).to.not.equal('');
        expect(severity('sedatives'), locale).to.equal(severity('opioids'));
        expect(severity('alcohol'), locale).to.equal(severity('opioids'));
        expect(action('sedatives'), locale).to.contain(
          plain(t, 'content.risk.sedatives.action', 'Do not combine them. Talk to a doctor or pharmacist first.').split(
            /[.。]/,
          )[0]!,
        );
        expect(action('alcohol'), locale).to.contain(
          plain(t, 'content.risk.alcohol.action', 'Do not mix alcohol and kratom.').split(/[.。]/)[0]!,
        );
      });

      it('the urgent block gives the three first-aid steps (F-C3)', async () => {
        const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
          html`<kratom-risk-checklist></kratom-risk-checklist>`,
        );
        await settle(el);
        const urgent = text(el.shadowRoot!.querySelector('[part~="urgent"]'));
        for (const id of [
          'content.urgent.rescue-breaths.text',
          'content.urgent.second-dose.text',
          'content.urgent.wears-off.text',
        ]) {
          const expected = typeof t[id] === 'string' ? plain(t, id, '') : '';
          if (locale === 'en') continue;
          expect(expected, `${locale}: ${id} is translated`).to.not.equal('');
          expect(urgent, `${locale}: ${id}`).to.contain(expected);
        }
        if (locale === 'en') {
          expect(urgent).to.match(/rescue breaths|CPR/);
          expect(urgent).to.match(/second dose|another dose/i);
          expect(urgent).to.match(/wears off/);
        }
      });
    });
  }
});
