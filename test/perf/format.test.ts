/**
 * Performance internals (not user-visible): English pages build no Intl object (the first Intl
 * formatter a page constructs costs more main-thread time than a widget's render), and today's
 * date is computed once per day. That the English shortcut gives the same text as Intl is a
 * behaviour test: test/format.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import { clock, isPastReview, todayIso } from '../../src/shared/format.js';
import { ready } from '../helpers.js';
import { TAGS, create, type WidgetElement } from '../fixtures.js';

describe('no Intl on English pages', () => {
  it('renders every widget in English without constructing an Intl formatter or segmenter', async () => {
    // This page is fresh (one page per test file) and this test runs first, so no formatter is cached.
    const costly = [
      'NumberFormat',
      'DateTimeFormat',
      'Segmenter',
      'ListFormat',
      'DisplayNames',
      'Collator',
      'PluralRules',
    ] as const;
    const constructed: string[] = [];
    const originals = costly.map((name) => [name, Intl[name]] as const);
    for (const [name, Original] of originals) {
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
        construct(target, args: unknown[]) {
          constructed.push(name);
          return Reflect.construct(target, args) as object;
        },
      });
    }
    try {
      const host = await fixture<HTMLElement>(html`<div lang="en">${TAGS.map((tag) => create(tag))}</div>`);
      const widgets = [...host.children] as WidgetElement[];
      for (const el of widgets) await ready(el);
      const text = widgets.map((el) => el.shadowRoot!.textContent ?? '').join(' ');
      // The formatted values are there, in English: a review date, a percentage, a step count.
      expect(text).to.match(
        /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/,
      );
      expect(text).to.match(/\d%/);
      expect(constructed).to.deep.equal([]);
    } finally {
      for (const [name, Original] of originals) (Intl as unknown as Record<string, unknown>)[name] = Original;
    }
  });
});

describe('today (remembered for the day, not beyond it)', () => {
  afterEach(() => {
    clock.now = () => new Date();
  });

  it('moves to the next day at UTC midnight and back when the clock goes back', () => {
    const at = (iso: string) => {
      clock.now = () => new Date(iso);
      return todayIso();
    };
    expect(at('2026-11-25T00:00:00.000Z')).to.equal('2026-11-25');
    expect(at('2026-11-25T23:59:59.999Z')).to.equal('2026-11-25');
    expect(at('2026-11-26T00:00:00.000Z')).to.equal('2026-11-26');
    expect(at('2026-11-25T12:00:00.000Z')).to.equal('2026-11-25');
    expect(at('1969-12-31T23:59:59.999Z')).to.equal('1969-12-31');
    expect(at('1970-01-01T00:00:00.000Z')).to.equal('1970-01-01');
    // A review due today is not past; it is the day after.
    expect(at('2027-03-01T08:00:00.000Z')).to.equal('2027-03-01');
    expect(isPastReview('2027-03-01')).to.equal(false);
    at('2027-03-02T00:00:00.000Z');
    expect(isPastReview('2027-03-01')).to.equal(true);
  });
});
