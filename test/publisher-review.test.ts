/**
 * A publisher's own medical review (issue #26): declared per element or per page, shown in the
 * footer while the content is the reviewed version, marked as earlier once it changed, never shown
 * half when the declaration is wrong, and never on the legal badge (the medical review packet does
 * not cover legal status).
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../src/all.js';
import { setPublisherReview, type PublisherReview } from '../src/index.js';
import { REVIEWS } from '../src/content/review.js';
import { formatPartialDate } from '../src/shared/format.js';
import { compareVersions, publisherReviewProblem } from '../src/shared/publisher-review-line.js';
import { create, TAGS, type WidgetElement } from './fixtures.js';
import { captureWarnings, ready, settle } from './helpers.js';

const VERSION = REVIEWS.risks.contentVersion;
const REVIEW: PublisherReview = {
  publisher: 'Example Health',
  reviewer: 'Dr Ana Ruiz',
  role: 'MD, emergency medicine',
  date: '2026-12-01',
  contentVersion: VERSION,
  policyUrl: 'https://example.org/editorial-policy',
};
const DATE = formatPartialDate(REVIEW.date);
const CURRENT = `Reviewed for Example Health by Dr Ana Ruiz, MD, emergency medicine, on ${DATE}.`;
/** Direction isolates around names and roles are invisible: compare without them. */
const clean = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const line = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="publisher-review"]');
const lineText = (el: Element) => clean(line(el)?.textContent);
const AREA: Record<string, keyof typeof REVIEWS> = {
  'kratom-risk-checklist': 'risks',
  'kratom-alkaloid-explainer': 'alkaloids',
  'kratom-mechanism-diagram': 'mechanism',
  'kratom-legal-badge': 'legal',
};
const WITH_FOOTER = TAGS.filter((t) => t !== 'kratom-legal-badge');

const mounted: Element[] = [];
async function mount(tag: string, setup: (el: WidgetElement) => void = () => {}): Promise<WidgetElement> {
  const el = create(tag);
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await ready(el);
  return el;
}
/** Waits until the line's module has loaded and the widget re-rendered. */
async function shown(el: WidgetElement): Promise<HTMLElement> {
  await waitUntil(() => line(el), `${el.localName}: publisher review line`, { timeout: 5000 });
  await settle(el);
  return line(el)!;
}
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  setPublisherReview(null);
});

describe('publisher review: page-level <script type="application/json">', () => {
  // Must run first: the page's script is read when the first widget connects.
  it('is read when the first widget connects and shown in the footer of every element with one', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'kratom-publisher-review';
    script.textContent = JSON.stringify({ ...REVIEW, publisher: 'Script Health' });
    document.head.append(script);
    try {
      for (const tag of WITH_FOOTER) {
        const el = await mount(tag);
        await shown(el);
        expect(lineText(el), tag).to.equal(`${CURRENT.replace('Example Health', 'Script Health')} Editorial policy`);
      }
    } finally {
      script.remove();
    }
  });
});

describe('publisher review', () => {
  it('per element, as JSON in the publisher-review attribute, on every element with a footer', async () => {
    for (const tag of WITH_FOOTER) {
      const el = await mount(tag, (e) =>
        e.setAttribute(
          'publisher-review',
          JSON.stringify({ ...REVIEW, contentVersion: REVIEWS[AREA[tag]!].contentVersion }),
        ),
      );
      const p = await shown(el);
      expect(lineText(el), tag).to.equal(`${CURRENT} Editorial policy`);
      expect(p.getAttribute('part')).to.equal('publisher-review');
      // Inside the review footer, before our own lines.
      expect(p.closest('[part~="review"]'), tag).to.not.equal(null);
      expect((el as WidgetElement & { publisherReview?: unknown }).publisherReview).to.deep.equal({
        ...REVIEW,
        contentVersion: REVIEWS[AREA[tag]!].contentVersion,
      });
    }
  });

  it('per element, as the publisherReview property; without a role or a policy the line has neither', async () => {
    const el = await mount('kratom-mechanism-diagram', (e) => {
      (e as WidgetElement & { publisherReview?: PublisherReview }).publisherReview = {
        publisher: 'Example Health',
        reviewer: 'Dr Ana Ruiz',
        date: '2026-12-01',
        contentVersion: REVIEWS.mechanism.contentVersion,
      };
    });
    const p = await shown(el);
    expect(lineText(el)).to.equal(`Reviewed for Example Health by Dr Ana Ruiz on ${DATE}.`);
    expect(p.querySelector('a')).to.equal(null);
  });

  it('the policy link goes exactly to the given address, sends no referrer and opens in the same tab', async () => {
    const el = await mount('kratom-risk-checklist', (e) => e.setAttribute('publisher-review', JSON.stringify(REVIEW)));
    const a = (await shown(el)).querySelector('a')!;
    expect(a.getAttribute('href')).to.equal(REVIEW.policyUrl);
    expect(a.textContent!.trim()).to.equal('Editorial policy');
    expect(a.rel.split(' ').sort()).to.deep.equal(['noopener', 'noreferrer']);
    expect(a.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(a.hasAttribute('target')).to.equal(false);
  });

  it('setPublisherReview() updates every connected widget live; the element value wins; null on an element opts out', async () => {
    const plain = await mount('kratom-alkaloid-explainer');
    const own = await mount('kratom-risk-checklist', (e) =>
      e.setAttribute('publisher-review', JSON.stringify({ ...REVIEW, publisher: 'Own Clinic' })),
    );
    const none = await mount('kratom-mechanism-diagram', (e) => e.setAttribute('publisher-review', 'null'));
    await shown(own);
    expect(line(plain)).to.equal(null);

    setPublisherReview({ ...REVIEW, publisher: 'Page Health' });
    await shown(plain);
    expect(lineText(plain)).to.contain('Reviewed for Page Health by Dr Ana Ruiz');
    await settle(own);
    expect(lineText(own)).to.contain('Reviewed for Own Clinic by Dr Ana Ruiz');
    await settle(none);
    expect(line(none)).to.equal(null);

    setPublisherReview({ ...REVIEW, publisher: 'Page Health', reviewer: 'Sam Lee, PharmD', role: undefined });
    await settle(plain);
    expect(lineText(plain)).to.equal(`Reviewed for Page Health by Sam Lee, PharmD on ${DATE}. Editorial policy`);

    setPublisherReview(null);
    await settle(plain);
    expect(line(plain)).to.equal(null);
    expect(lineText(own)).to.contain('Own Clinic');
  });

  it('setPublisherReview() also updates a widget that was taken out of the page and put back (a framework keeping a hidden tab)', async () => {
    const kept = await mount('kratom-alkaloid-explainer');
    expect(line(kept)).to.equal(null);
    kept.remove();
    // Another widget renders its footer while the first one is out of the page.
    await mount('kratom-mechanism-diagram');
    document.body.append(kept);
    await settle(kept);

    setPublisherReview({ ...REVIEW, publisher: 'Page Health' });
    await shown(kept);
    expect(lineText(kept)).to.contain('Reviewed for Page Health by Dr Ana Ruiz');
  });

  it('after a content update it says the review was of an earlier version and is marked, never as a current review', async () => {
    for (const tag of WITH_FOOTER) {
      const el = await mount(tag, (e) =>
        e.setAttribute('publisher-review', JSON.stringify({ ...REVIEW, contentVersion: '2026.11.0' })),
      );
      const p = await shown(el);
      const version = REVIEWS[AREA[tag]!].contentVersion;
      expect(lineText(el), tag).to.equal(
        `Not yet reviewed for Example Health: the review by Dr Ana Ruiz on ${DATE} was of content version 2026.11.0, and this content (version ${version}) has changed since. Editorial policy`,
      );
      expect(lineText(el)).to.not.contain('Reviewed for');
      expect(p.getAttribute('part')).to.equal('publisher-review publisher-review-outdated');
      // Marked like the "may be out of date" note: a coloured bar at the start.
      expect(parseFloat(getComputedStyle(p).borderInlineStartWidth)).to.be.greaterThan(0);
    }
  });

  it('a review of a newer version than this copy has is not shown as current, and warns once', async () => {
    const warnings = await captureWarnings(async () => {
      const a = await mount('kratom-alkaloid-explainer', (e) =>
        e.setAttribute('publisher-review', JSON.stringify({ ...REVIEW, contentVersion: '2099.01.0' })),
      );
      await shown(a);
      expect(lineText(a)).to.equal(
        `The review for Example Health by Dr Ana Ruiz on ${DATE} was of content version 2099.01.0; this is an earlier version (${REVIEWS.alkaloids.contentVersion}). Editorial policy`,
      );
      expect(line(a)!.getAttribute('part')).to.contain('publisher-review-outdated');
      await mount('kratom-mechanism-diagram', (e) =>
        e.setAttribute('publisher-review', JSON.stringify({ ...REVIEW, contentVersion: '2099.01.0' })),
      );
    });
    expect(warnings.filter((w) => w.includes('2099.01.0'))).to.have.length(1);
  });

  const INVALID: [string, unknown, string][] = [
    ['not JSON', '{publisher: Example}', 'not valid JSON'],
    ['no reviewer', { ...REVIEW, reviewer: ' ' }, '"reviewer"'],
    ['no publisher', { ...REVIEW, publisher: undefined }, '"publisher"'],
    ['an impossible date', { ...REVIEW, date: '2026-02-30' }, '"date"'],
    ['a future date', { ...REVIEW, date: '2099-01-01' }, '"date"'],
    ['no content version', { ...REVIEW, contentVersion: 'latest' }, '"contentVersion"'],
    ['an http: policy', { ...REVIEW, policyUrl: 'http://example.org/policy' }, '"policyUrl"'],
    ['a javascript: policy', { ...REVIEW, policyUrl: 'javascript:alert(1)' }, '"policyUrl"'],
    ['an empty role', { ...REVIEW, role: '' }, '"role"'],
  ];
  for (const [name, value, field] of INVALID) {
    it(`invalid (${name}): no line, one warning naming ${field}, nothing thrown`, async () => {
      const attribute = typeof value === 'string' ? value : JSON.stringify(value);
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      const warnings = await captureWarnings(async () => {
        const a = await mount('kratom-risk-checklist', (e) => e.setAttribute('publisher-review', attribute));
        const b = await mount('kratom-alkaloid-explainer', (e) => e.setAttribute('publisher-review', attribute));
        await aTimeout(50);
        await settle(a);
        await settle(b);
        expect(line(a)).to.equal(null);
        expect(line(b)).to.equal(null);
        // Our own footer stays.
        expect(a.shadowRoot!.querySelector('[part~="review"]')!.textContent).to.contain('Content version');
      });
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      // One warning per element, naming the attribute and the field.
      const mine = warnings.filter((w) => w.includes('publisher-review attribute'));
      expect(mine, warnings.join('\n')).to.have.length(2);
      expect(mine[0]).to.contain('<kratom-risk-checklist>').and.contain(field);
      expect(mine[1]).to.contain('<kratom-alkaloid-explainer>').and.contain(field);
    });
  }

  it('an invalid page-level review: no line on any widget, one warning for the page, nothing thrown', async () => {
    const warnings = await captureWarnings(async () => {
      setPublisherReview({ ...REVIEW, reviewer: '' });
      const widgets = [];
      for (const tag of WITH_FOOTER) widgets.push(await mount(tag));
      await aTimeout(50);
      for (const el of widgets) {
        await settle(el);
        expect(line(el), el.localName).to.equal(null);
      }
    });
    const mine = warnings.filter((w) => w.includes('publisher review'));
    expect(mine, warnings.join('\n')).to.have.length(1);
    expect(mine[0]).to.contain("the page's publisher review is not shown").and.contain('"reviewer"');
  });

  it('the printed clinician summary carries the publisher line', async () => {
    const el = await mount('kratom-risk-checklist', (e) => e.setAttribute('publisher-review', JSON.stringify(REVIEW)));
    await shown(el);
    window.dispatchEvent(new Event('beforeprint'));
    const print = el.shadowRoot!.querySelector<HTMLElement>('[part~="print-summary"]')!;
    expect(print).to.not.equal(null);
    expect(clean(print.querySelector('[part~="publisher-review"]')?.textContent)).to.equal(
      `${CURRENT} Editorial policy`,
    );
    window.dispatchEvent(new Event('afterprint'));
  });

  it('the legal badge shows no publisher medical review: the review packet does not cover legal status', async () => {
    setPublisherReview({ ...REVIEW, contentVersion: REVIEWS.legal.contentVersion });
    const el = await mount('kratom-legal-badge', (e) =>
      e.setAttribute('publisher-review', JSON.stringify({ ...REVIEW, contentVersion: REVIEWS.legal.contentVersion })),
    );
    (el as WidgetElement & { open?: boolean }).open = true;
    await ready(el);
    await aTimeout(50);
    expect(line(el)).to.equal(null);
    expect(el.shadowRoot!.textContent).to.not.contain('Example Health');
  });
});

describe('publisher review: the check', () => {
  it('accepts a complete review and names the first bad field', () => {
    expect(publisherReviewProblem(REVIEW, '2026-12-06')).to.equal(undefined);
    expect(publisherReviewProblem({ ...REVIEW, date: '2026-12-07' }, '2026-12-06'), 'one day ahead').to.equal(
      undefined,
    );
    expect(publisherReviewProblem({ ...REVIEW, date: '2026-12-08' }, '2026-12-06')).to.contain('"date"');
    expect(publisherReviewProblem({ ...REVIEW, reviewer: 'x'.repeat(121) })).to.contain('"reviewer"');
    expect(publisherReviewProblem([REVIEW])).to.contain('JSON object');
    expect(publisherReviewProblem({ ...REVIEW, policyUrl: 'https://user:pw@example.org/' })).to.contain('"policyUrl"');
  });

  it('orders content versions by year, month and number', () => {
    expect(compareVersions('2026.12.0', '2026.11.0')).to.be.greaterThan(0);
    expect(compareVersions('2026.12.2', '2026.12.10')).to.be.lessThan(0);
    expect(compareVersions('2026.12.0', '2026.12.0')).to.equal(0);
  });
});
