/**
 * The "not yet reviewed by a medical translator" notice where readers see it (issue #23 item 5,
 * translation audit X1–X3): in a draft translation (es) it shows without opening anything, near
 * the top of every widget (in the closed compact legal badge; above the risk checklist's urgent
 * block), and the review footer no longer says "Checked against the research on {date}" next to it. In English
 * there is no notice and the footer keeps that line.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/all.js';
import { templates as esTemplates } from '../src/generated/locales/es.js';
import { REVIEWS } from '../src/content/review.js';
import { formatPartialDate } from '../src/shared/format.js';
import { setPageLang, settle } from './helpers.js';
import { TAGS, create } from './fixtures.js';

type El = HTMLElement & { updateComplete: Promise<unknown>; status?: string };

const ES_NOTICE = esTemplates['shared.translation.unreviewed'] as string;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Drawn on screen: a box, not inside anything hidden. */
function isShown(node: Element): boolean {
  const r = node.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && !node.closest('[hidden]') && getComputedStyle(node).visibility !== 'hidden';
}

async function widget(template: ReturnType<typeof html>): Promise<El> {
  const el = await fixture<El>(template);
  await settle(el);
  for (let i = 0; i < 100 && el.status === 'loading'; i++) await settle(el);
  return el;
}

describe('translation notice where readers see it', function () {
  this.timeout(20000);

  describe('in a draft translation (es)', () => {
    // A widget on the page makes the page load its locale (it loads per element on the page).
    const anchor = document.createElement('kratom-mechanism-diagram');
    before(async () => {
      expect(ES_NOTICE, 'the es notice is translated').to.be.a('string').and.not.equal('');
      document.body.append(anchor);
      await setPageLang('es', 'es');
    });
    after(async () => {
      await setPageLang('en', 'en');
      anchor.remove();
    });

    it('the compact legal badge shows it while closed, and screen readers get the full sentence', async () => {
      const el = await widget(html`<kratom-legal-badge jurisdiction="US-FL"></kratom-legal-badge>`);
      await waitUntil(() => el.status !== 'loading', 'legal data loaded', { timeout: 5000 });
      await settle(el);
      expect(part(el, 'toggle')!.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'details')!.hidden, 'details closed').to.equal(true);
      const notice = part(el, 'badge')!.querySelector<HTMLElement>('[part~="translation-notice"]');
      expect(notice, 'notice inside the closed badge').to.not.equal(null);
      const visible = notice!.querySelector<HTMLElement>('[aria-hidden="true"]')!;
      expect(isShown(visible), 'short form drawn').to.equal(true);
      expect(text(visible).length).to.be.above(0);
      expect(text(notice!.querySelector('.visually-hidden')), 'full sentence for screen readers').to.equal(ES_NOTICE);
      // Inside the badge's box, i.e. seen with the status, not below the fold.
      const badge = part(el, 'badge')!.getBoundingClientRect();
      const box = visible.getBoundingClientRect();
      expect(box.top).to.be.at.least(badge.top);
      expect(box.bottom).to.be.at.most(badge.bottom + 1);
    });

    it('the risk checklist shows it above the urgent block', async () => {
      const el = await widget(html`<kratom-risk-checklist region="US" emergency-number="911"></kratom-risk-checklist>`);
      const notices = parts(el, 'translation-notice').filter(isShown);
      expect(notices.length, 'one visible notice').to.equal(1);
      const notice = notices[0]!;
      expect(text(notice)).to.equal(ES_NOTICE);
      const urgent = part(el, 'urgent')!;
      expect(notice.getBoundingClientRect().bottom, 'above the urgent block').to.be.at.most(
        urgent.getBoundingClientRect().top,
      );
      expect(
        notice.compareDocumentPosition(urgent) & Node.DOCUMENT_POSITION_FOLLOWING,
        'before it in reading order',
      ).to.not.equal(0);
      expect(notice.getBoundingClientRect().top - el.getBoundingClientRect().top, 'near the top').to.be.below(400);
    });

    // Every other element (the badge and the checklist place it differently, above).
    for (const tag of TAGS.filter((t) => t !== 'kratom-legal-badge' && t !== 'kratom-risk-checklist')) {
      it(`${tag} shows it near its top, once`, async () => {
        const el = await widget(html`${create(tag)}`);
        const notices = parts(el, 'translation-notice').filter(isShown);
        expect(notices.length, 'one visible notice').to.equal(1);
        expect(text(notices[0]!)).to.equal(ES_NOTICE);
        expect(notices[0]!.getBoundingClientRect().top - el.getBoundingClientRect().top, 'near the top').to.be.below(
          100,
        );
      });
    }

    it('the review footer says the English text was checked, not a bare "Checked … on {date}"', async () => {
      const el = await widget(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
      const footer = text(part(el, 'review'));
      const date = formatPartialDate(REVIEWS.alkaloids.lastReviewed, 'es');
      expect(footer).to.contain(date);
      const contradicting = (esTemplates['shared.review.last'] as { strings: readonly string[] }).strings.join(date);
      expect(footer, 'no bare "Checked against the research on {date}" next to the notice').to.not.contain(
        contradicting,
      );
      // The notice is not repeated at the bottom.
      expect(part(el, 'review')!.nextElementSibling?.matches('[part~="translation-notice"]') ?? false).to.equal(false);
    });
  });

  describe('in English', () => {
    it('no widget shows a notice and the footer says "Checked against the research on {date}"', async () => {
      const el = await widget(html`<kratom-risk-checklist></kratom-risk-checklist>`);
      expect(parts(el, 'translation-notice')).to.have.length(0);
      expect(text(part(el, 'review'))).to.contain(
        `Checked against the research on ${formatPartialDate(REVIEWS.risks.lastReviewed)}`,
      );
      const badge = await widget(html`<kratom-legal-badge jurisdiction="US-FL"></kratom-legal-badge>`);
      expect(parts(badge, 'translation-notice')).to.have.length(0);
    });
  });
});
