import { waitUntil, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/kratom-alkaloid-explainer.js';
import {
  resolveAlkaloid,
  type KratomAlkaloidExplainer,
} from '../src/components/alkaloid-explainer/alkaloid-explainer.js';
import { ALKALOIDS } from '../src/content/alkaloids.js';
import { CORRECTIONS, PAIN_EVIDENCE } from '../src/content/corrections.js';
import { EVIDENCE_SOURCES } from '../src/content/sources.js';
import { REVIEWS } from '../src/content/review.js';
import { evidenceLevelLabel } from '../src/content/evidence-levels.js';
import { restsOnNewsReports } from '../src/content/bibliography.js';
import { claimEvidenceChip } from '../src/shared/claim-evidence-chip.js';
import type { Alkaloid, LeafShare } from '../src/content/types.js';
import { getLocale, setLocale } from '../src/localization/index.js';
import { templates as deTemplates } from '../src/generated/locales/de.js';
import { clock, formatPartialDate } from '../src/shared/format.js';
import { captureWarnings, settle, shadowText } from './helpers.js';

type El = KratomAlkaloidExplainer;

async function explainer(template: ReturnType<typeof html>): Promise<El> {
  const host = await fixture<HTMLElement>(template);
  const el = (
    host.localName === 'kratom-alkaloid-explainer' ? host : host.querySelector('kratom-alkaloid-explainer')!
  ) as El;
  await settle(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector as string) as T | null;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);
const tabs = (el: Element) => $$<HTMLButtonElement>(el, '[role="tab"]');
const selectedTab = (el: Element) => $<HTMLButtonElement>(el, '[role="tab"][aria-selected="true"]');
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: Element) => el.shadowRoot!.activeElement;
const byId = (id: string) => ALKALOIDS.find((a) => a.id === id)!;

/** Expected English share text, written from the data independently of the component. */
function expectedShare(share: LeafShare): string {
  if (share.kind === 'range' && share.min !== null && share.max !== null) return `${share.min}% to ${share.max}%`;
  if (share.kind === 'trace' && share.max !== null) return `Trace only: up to ${share.max}%`;
  if (share.kind === 'not-in-leaf') return 'Not a natural part of the leaf';
  return 'No reliable figure';
}
const showsFigure = (share: LeafShare) =>
  (share.kind === 'range' && share.min !== null && share.max !== null) ||
  (share.kind === 'trace' && share.max !== null);

/** Checks where the mitragynine range bar and the axis labels sit for a text direction. */
function expectChartDirection(el: Element, dir: 'ltr' | 'rtl'): void {
  const m = byId('mitragynine').share;
  const row = $(el, '.chart-row[data-alkaloid="mitragynine"]')!;
  const track = row.querySelector('svg.track')!.getBoundingClientRect();
  const bar = row.querySelector('rect[part~="chart-bar"]')!.getBoundingClientRect();
  // Distance of each bar end from the axis origin (0 %), as a share of the track.
  const fromStart = (x: number) => (dir === 'ltr' ? x - track.left : track.right - x) / track.width;
  const [near, far] = dir === 'ltr' ? [bar.left, bar.right] : [bar.right, bar.left];
  expect(fromStart(near), `${dir} bar start`).to.be.closeTo(m.min! / 100, 0.02);
  expect(fromStart(far), `${dir} bar end`).to.be.closeTo(m.max! / 100, 0.02);
  const ticks = [...$(el, '.axis')!.children].map((t) => t.getBoundingClientRect().left);
  if (dir === 'ltr') expect(ticks[0]!, 'ltr: 0 % on the left').to.be.lessThan(ticks[2]!);
  else expect(ticks[0]!, 'rtl: 0 % on the right').to.be.greaterThan(ticks[2]!);
}

/** Opens every disclosure (popular claims, evidence labels, sources). */
async function openAll(el: El): Promise<void> {
  for (const toggle of $$<HTMLButtonElement>(el, '[part~="toggle"]')) {
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  }
  await settle(el);
}

/** Claim ids rendered for an alkaloid plus the shared pain section and popular claims. */
function claimIdsFor(a: Alkaloid): string[] {
  return [
    a.role.id,
    ...a.receptors.map((r) => r.claim.id),
    a.caveat.id,
    ...PAIN_EVIDENCE.map((c) => c.id),
    ...CORRECTIONS.flatMap((c) => [c.correction.id, ...c.points.map((p) => p.id)]),
  ];
}
/** The claims shown for one alkaloid plus the shared sections. */
const allShownClaims = (a: Alkaloid) => [
  a.role,
  ...a.receptors.map((r) => r.claim),
  a.caveat,
  ...PAIN_EVIDENCE,
  ...CORRECTIONS.flatMap((c) => [c.correction, ...c.points]),
];
const allClaims = () => [
  ...ALKALOIDS.flatMap((a) => [a.role, ...a.receptors.map((r) => r.claim), a.caveat]),
  ...PAIN_EVIDENCE,
  ...CORRECTIONS.flatMap((c) => [c.correction, ...c.points]),
];

describe('<kratom-alkaloid-explainer>', () => {
  afterEach(() => {
    clock.now = () => new Date();
  });

  // First in this file: the deprecation warning is once per page, so no explainer may use `compact` before.
  it('warns once per page for the deprecated compact attribute, and not for variant="compact"', async () => {
    const deprecation = (w: string) => w.includes('compact attribute of <kratom-alkaloid-explainer>');
    const byVariant = await captureWarnings(async () => {
      await explainer(html`<kratom-alkaloid-explainer variant="compact"></kratom-alkaloid-explainer>`);
    });
    expect(byVariant).to.deep.equal([]);
    const first = await captureWarnings(async () => {
      await explainer(html`<kratom-alkaloid-explainer compact></kratom-alkaloid-explainer>`);
    });
    expect(first.filter(deprecation)).to.have.length(1);
    expect(first.find(deprecation)).to.contain('variant="compact"');
    const later = await captureWarnings(async () => {
      await explainer(html`<kratom-alkaloid-explainer compact alkaloid="mp"></kratom-alkaloid-explainer>`);
      const el = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
      el.compact = true;
      await settle(el);
    });
    expect(later.filter(deprecation)).to.deep.equal([]);
  });

  it('renders a tab for each of the 8 alkaloids and selects the first by default', async () => {
    let el!: El;
    const warnings = await captureWarnings(async () => {
      el = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
    });
    expect(warnings).to.have.length(0);
    expect(ALKALOIDS).to.have.length(8);
    const list = $(el, '[role="tablist"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Kratom alkaloids');
    expect(tabs(el).map((t) => text(t))).to.deep.equal(ALKALOIDS.map((a) => a.name));
    expect(selectedTab(el)!.textContent!.trim()).to.equal(ALKALOIDS[0]!.name);
    expect(tabs(el).filter((t) => t.tabIndex === 0)).to.have.length(1);
    const panel = $(el, '[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal(selectedTab(el)!.id);
    expect(selectedTab(el)!.getAttribute('aria-controls')).to.equal(panel.id);
    expect(text($(el, '#panel-heading'))).to.equal(ALKALOIDS[0]!.name);
    expect(el.selectedId).to.equal('mitragynine');
  });

  it('selects by click, reflects the canonical id and fires kratom-alkaloid-change with { id }', async () => {
    const el = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
    const target = tabs(el)[1]!;
    const event = oneEvent(el, 'kratom-alkaloid-change');
    target.click();
    expect((await event).detail).to.deep.equal({ id: '7-hydroxymitragynine' });
    await settle(el);
    expect(el.getAttribute('alkaloid')).to.equal('7-hydroxymitragynine');
    expect(target.getAttribute('aria-selected')).to.equal('true');
    expect(tabs(el)[0]!.getAttribute('aria-selected')).to.equal('false');
    expect(text($(el, '#panel-heading'))).to.equal(byId('7-hydroxymitragynine').name);
    expect(shadowText(el)).to.contain(byId('7-hydroxymitragynine').role.text());

    // Clicking the selected tab again, or setting the attribute, fires nothing.
    let fired = 0;
    el.addEventListener('kratom-alkaloid-change', () => fired++);
    el.addEventListener('kratom-alkaloid-select', () => fired++);
    target.click();
    el.setAttribute('alkaloid', 'speciogynine');
    await settle(el);
    expect(fired).to.equal(0);
    expect(el.selectedId).to.equal('speciogynine');
  });

  it('still fires the deprecated kratom-alkaloid-select, right after kratom-alkaloid-change, with the same detail', async () => {
    const host = await fixture<HTMLElement>(html`<div><kratom-alkaloid-explainer></kratom-alkaloid-explainer></div>`);
    const el = host.querySelector('kratom-alkaloid-explainer')!;
    await settle(el);
    const seen: [string, string, boolean][] = [];
    // Typed through HTMLElementEventMap: `detail.id` needs no cast.
    host.addEventListener('kratom-alkaloid-change', (e) => seen.push([e.type, e.detail.id, e.composed]));
    host.addEventListener('kratom-alkaloid-select', (e) => seen.push([e.type, e.detail.id, e.composed]));
    tabs(el)[3]!.click();
    tabs(el)[3]!.focus();
    await sendKeys({ press: 'End' });
    expect(seen).to.deep.equal([
      ['kratom-alkaloid-change', ALKALOIDS[3]!.id, true],
      ['kratom-alkaloid-select', ALKALOIDS[3]!.id, true],
      ['kratom-alkaloid-change', ALKALOIDS[7]!.id, true],
      ['kratom-alkaloid-select', ALKALOIDS[7]!.id, true],
    ]);
  });

  it('is keyboard complete: arrows wrap, Home and End jump, Tab leaves the tab list', async () => {
    const el = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
    const all = tabs(el);
    const last = all.length - 1;
    all[0]!.focus();
    const event = oneEvent(el, 'kratom-alkaloid-change');
    await sendKeys({ press: 'ArrowRight' });
    expect((await event).detail).to.deep.equal({ id: ALKALOIDS[1]!.id });
    await settle(el);
    expect(active(el)).to.equal(all[1]);
    expect(el.selectedId).to.equal(ALKALOIDS[1]!.id);
    expect(all[1]!.tabIndex).to.equal(0);
    expect(all[0]!.tabIndex).to.equal(-1);

    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(active(el)).to.equal(all[0]);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(active(el)).to.equal(all[last]);
    expect(el.selectedId).to.equal(ALKALOIDS[last]!.id);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(active(el)).to.equal(all[0]);
    expect(el.selectedId).to.equal(ALKALOIDS[0]!.id);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(active(el)).to.equal(all[last]);
    expect(text($(el, '#panel-heading'))).to.equal(ALKALOIDS[last]!.name);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(active(el)).to.equal(all[0]);

    // One tab stop: Tab moves from the selected tab to the panel.
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal($(el, '[role="tabpanel"]'));
  });

  it('preselects from the attribute, accepting ids, aliases, any case and spaces', async () => {
    for (const a of ALKALOIDS) {
      for (const value of [a.id, a.id.toUpperCase(), ` ${a.id} `, ...a.aliases]) {
        expect(resolveAlkaloid(value), value).to.equal(a.id);
      }
    }
    for (const [value, id] of [
      ['7-hydroxymitragynine', '7-hydroxymitragynine'],
      ['7-oh', '7-hydroxymitragynine'],
      [' 7-OH ', '7-hydroxymitragynine'],
      ['MP', 'mitragynine-pseudoindoxyl'],
      ['paynantheine', 'paynantheine'],
    ] as const) {
      const el = await explainer(html`<kratom-alkaloid-explainer alkaloid=${value}></kratom-alkaloid-explainer>`);
      expect(el.selectedId, value).to.equal(id);
      expect(selectedTab(el)!.dataset.id).to.equal(id);
      expect(text($(el, '#panel-heading'))).to.equal(byId(id).name);
    }
  });

  it('falls back to the first alkaloid, warning once per element for the attribute', async () => {
    let el!: El;
    const first = await captureWarnings(async () => {
      el = await explainer(html`<kratom-alkaloid-explainer alkaloid="kratomine"></kratom-alkaloid-explainer>`);
      el.requestUpdate();
      await settle(el);
    });
    expect(first).to.have.length(1);
    expect(first[0]).to.contain('kratomine').and.contain('mitragynine');
    expect(el.selectedId).to.equal(ALKALOIDS[0]!.id);
    expect(selectedTab(el)!.dataset.id).to.equal(ALKALOIDS[0]!.id);

    const later = await captureWarnings(async () => {
      el.alkaloid = 'speciogynine';
      await settle(el);
      el.alkaloid = '';
      await settle(el);
      el.alkaloid = 'oops';
      await settle(el);
    });
    // One warning per attribute and element: a later bad value falls back silently.
    expect(later).to.have.length(0);
    expect(el.selectedId).to.equal(ALKALOIDS[0]!.id);
  });

  it('renders each formula left to right with real subscripts', async () => {
    const el = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
    for (const a of ALKALOIDS) {
      el.alkaloid = a.id;
      await settle(el);
      const formula = part(el, 'formula')!;
      expect(formula.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(formula).direction).to.equal('ltr');
      expect(text(formula)).to.equal(a.formula);
      const subs = [...formula.querySelectorAll('sub')];
      expect(subs.map((s) => s.textContent)).to.deep.equal(a.formula.match(/\d+/g));
      for (const s of subs) expect(getComputedStyle(s).verticalAlign).to.equal('sub');
      // Element symbols are not subscripted.
      expect(
        [...formula.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join(''),
      ).to.equal(a.formula.replace(/\d+/g, ''));
    }
  });

  it('shows molar mass, share and identity honestly, including unverified and unknown figures', async () => {
    const el = await explainer(html`<kratom-alkaloid-explainer alkaloid="mitragynine"></kratom-alkaloid-explainer>`);
    expect(text(part(el, 'molar-mass'))).to.equal('398.5 g/mol');
    expect(part(el, 'identity-note')).to.equal(null);
    expect(text(part(el, 'share-value'))).to.equal('12% to 66%');
    expect(text(part(el, 'share-note'))).to.contain('not checked in the original studies');
    expect(shadowText(el)).to.contain(byId('mitragynine').share.basis());

    el.alkaloid = 'paynantheine';
    await settle(el);
    expect(text(part(el, 'identity-note'))).to.contain('not confirmed in a primary database');
    expect(text(part(el, 'share-value'))).to.equal('No reliable figure');
    expect(part(el, 'share-note')).to.equal(null);

    el.alkaloid = '7-oh';
    await settle(el);
    expect(text(part(el, 'share-value'))).to.equal('Trace only: up to 2%');
    expect(part(el, 'share-note')).to.not.equal(null);

    el.alkaloid = 'mp';
    await settle(el);
    expect(text(part(el, 'share-value'))).to.equal('Not a natural part of the leaf');

    el.alkaloid = 'corynantheidine';
    await settle(el);
    expect(text(part(el, 'share'))).to.contain('No source in our bibliography supports a figure.');

    for (const a of ALKALOIDS) {
      el.alkaloid = a.id;
      await settle(el);
      expect(text(part(el, 'share-value')), a.id).to.equal(expectedShare(a.share));
      expect(Boolean(part(el, 'identity-note')), a.id).to.equal(!a.identityVerified);
      const rows = $$(el, '[part~="receptor"]');
      expect(rows.map((r) => r.dataset.receptor)).to.deep.equal(a.receptors.map((r) => r.receptor));
      expect(text(part(el, 'caveat'))).to.contain(a.caveat.text());
    }
  });

  it('names receptors and actions in words', async () => {
    const el = await explainer(html`<kratom-alkaloid-explainer alkaloid="mitragynine"></kratom-alkaloid-explainer>`);
    const mu = $(el, '[part~="receptor"][data-receptor="mu-opioid"]')!;
    expect(text(mu)).to.contain('Mu-opioid receptor');
    expect(text(mu.querySelector('[part~="receptor-action"]'))).to.equal('Studies disagree');
    const kappa = $(el, '[part~="receptor"][data-receptor="kappa-opioid"]')!;
    expect(text(kappa.querySelector('[part~="receptor-action"]'))).to.equal('Antagonist: blocks it');
    expect(text($(el, '[part~="receptor"][data-receptor="cyp2d6"]'))).to.contain('CYP2D6 (liver enzyme)');
    expect(text($(el, '[part~="receptor"][data-receptor="cyp3a4"]'))).to.contain('CYP3A4 (gut and liver enzyme)');
    el.alkaloid = '7-oh';
    await settle(el);
    expect(text($(el, '[part~="receptor"][data-receptor="mu-opioid"] [part~="receptor-action"]'))).to.equal(
      'Partial agonist: partly switches it on',
    );
    el.alkaloid = 'paynantheine';
    await settle(el);
    expect(text($(el, '[part~="receptor"][data-receptor="serotonin-5ht1a"]'))).to.contain('Serotonin 5-HT1A receptor');
  });

  it('draws the leaf composition chart as ranges, with a table equivalent that matches the data', async () => {
    const el = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
    const chart = part(el, 'chart')!;
    expect(chart.localName).to.equal('figure');
    expect(chart.querySelector('.chart-visual')!.getAttribute('aria-hidden')).to.equal('true');
    expect(chart.querySelector('[style]')).to.equal(null);

    for (const a of ALKALOIDS) {
      const row = chart.querySelector(`.chart-row[data-alkaloid="${a.id}"]`)!;
      const bars = [...row.querySelectorAll('rect[part~="chart-bar"]')];
      const caps = row.querySelectorAll('line.cap');
      if (a.share.kind === 'range' && a.share.min !== null && a.share.max !== null) {
        expect(bars, a.id).to.have.length(1);
        expect(Number(bars[0]!.getAttribute('x'))).to.equal(a.share.min);
        expect(Number(bars[0]!.getAttribute('width'))).to.equal(a.share.max - a.share.min);
        expect(caps, `${a.id} range has an end mark at both ends`).to.have.length(2);
      } else if (a.share.kind === 'trace' && a.share.max !== null) {
        expect(bars, a.id).to.have.length(1);
        expect(Number(bars[0]!.getAttribute('x'))).to.equal(0);
        expect(Number(bars[0]!.getAttribute('width'))).to.equal(a.share.max);
        expect(caps).to.have.length(1);
      } else {
        expect(bars, `${a.id} has no bar`).to.have.length(0);
      }
      expect(text(row.querySelector('.chart-value'))).to.contain(expectedShare(a.share));
    }

    const table = chart.querySelector('table')!;
    expect(table.getAttribute('part')).to.contain('chart-table');
    expect(text(table.querySelector('caption'))).to.not.equal('');
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(ALKALOIDS.length);
    rows.forEach((row, i) => {
      const a = ALKALOIDS[i]!;
      expect(text(row.querySelector('th[scope="row"]'))).to.equal(a.name);
      const cells = row.querySelectorAll('td');
      expect(text(cells[0]!)).to.equal(expectedShare(a.share));
      expect(text(cells[1]!) !== '', `${a.id} note`).to.equal(showsFigure(a.share) && !a.share.verified);
    });

    // The caption names its sources with links.
    const captionLinks = [...chart.querySelectorAll<HTMLAnchorElement>('figcaption a[part~="source-link"]')];
    const shareSources = [...new Set(ALKALOIDS.flatMap((a) => a.share.sources))];
    expect(captionLinks.map((a) => a.dataset.sourceId)).to.have.members(shareSources);
    for (const link of captionLinks)
      expect(link.href).to.equal(new URL(EVIDENCE_SOURCES[link.dataset.sourceId!]!.url).href);

    // The selected alkaloid is marked in the chart by weight and a border, not colour alone.
    expect(chart.querySelector('.chart-row.is-selected')!.getAttribute('data-alkaloid')).to.equal('mitragynine');
    el.alkaloid = 'speciogynine';
    await settle(el);
    expect(chart.querySelector('.chart-row.is-selected')!.getAttribute('data-alkaloid')).to.equal('speciogynine');
  });

  it('gives every rendered claim (except "no data found") an evidence chip and at least one source link', async () => {
    const el = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
    await openAll(el);
    const texts = new Map(allClaims().map((c) => [c.id, c] as const));
    for (const a of ALKALOIDS) {
      el.alkaloid = a.id;
      await settle(el);
      const claims = $$(el, '[part~="claim"]');
      expect(
        claims.map((c) => c.dataset.claimId),
        a.id,
      ).to.deep.equal(claimIdsFor(a));
      for (const node of claims) {
        const claim = texts.get(node.dataset.claimId!)!;
        expect(text(node.querySelector('.claim-text'))).to.equal(claim.text());
        const chip = node.querySelector('[part~="evidence-chip"]');
        // A "no data found" statement reports an absence: it has no evidence level to show.
        const noData = a.receptors.some((r) => r.action === 'no-data' && r.claim.id === claim.id);
        if (noData) {
          expect(chip, claim.id).to.equal(null);
        } else {
          expect(chip, claim.id).to.exist;
          expect(text(chip)).to.contain(evidenceLevelLabel(claim.level));
        }
        const links = [...node.querySelectorAll<HTMLAnchorElement>('a[part~="source-link"]')];
        expect(links.length, `${claim.id} links`).to.be.greaterThan(0);
        for (const link of links) {
          expect(claim.sources).to.include(link.dataset.sourceId);
          expect(link.target).to.equal('_blank');
          expect(link.rel).to.equal('noopener noreferrer');
          expect(link.href).to.match(/^https?:/);
          expect(link.textContent).to.contain('(opens in a new tab)');
        }
      }
    }
  });

  it('lists every bibliography entry used in a Sources disclosure, opened by keyboard', async () => {
    const el = await explainer(html`<kratom-alkaloid-explainer alkaloid="7-oh"></kratom-alkaloid-explainer>`);
    const toggle = $<HTMLButtonElement>(el, '[part~="toggle"][data-section="sources"]')!;
    const body = $(el, '#sources-body')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('sources-body');
    expect(body.hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(body.hidden).to.equal(false);
    let open = false;
    try {
      open = el.matches(':state(sources-open)');
    } catch {
      open = true; // engine without :state() selector support
    }
    expect(open).to.equal(true);

    const listed = [...body.querySelectorAll<HTMLElement>('[part~="source"]')].map((li) => li.dataset.sourceId);
    expect(text(toggle)).to.equal(`Sources (${listed.length})`);
    const cited = new Set(
      $$<HTMLAnchorElement>(el, '[part~="claim-sources"] a[part~="source-link"]').map((a) => a.dataset.sourceId),
    );
    for (const id of cited) expect(listed, `source ${id!}`).to.include(id);
    // Every source the page's content cites, in full (the explainer's own table, not the whole
    // bibliography: issue #25): the alkaloid's statements, identity and share, every alkaloid's
    // share (the chart), the pain evidence and the corrections.
    const a = ALKALOIDS.find((x) => x.id === resolveAlkaloid('7-oh'))!;
    const claims = [a.role, ...a.receptors.map((r) => r.claim), a.caveat, ...PAIN_EVIDENCE];
    const corrected = CORRECTIONS.flatMap((c) => [c.correction, ...c.points]);
    const expected = [
      ...claims.flatMap((c) => c.sources),
      ...a.identitySources,
      ...ALKALOIDS.flatMap((x) => x.share.sources),
      ...corrected.flatMap((c) => c.sources),
    ].filter((id) => EVIDENCE_SOURCES[id]);
    expect([...listed].sort()).to.deep.equal([...new Set(expected)].sort());
    for (const id of listed) {
      const s = EVIDENCE_SOURCES[id!]!;
      const entry = text(body.querySelector(`[data-source-id="${id!}"]`));
      expect(entry, id).to.contain(s.title);
      if (s.venue) expect(entry, id).to.contain(s.venue);
      expect(entry.includes('Read via a secondary copy.'), `${id!} secondary`).to.equal(Boolean(s.secondaryNote));
    }
    for (const a of body.querySelectorAll<HTMLAnchorElement>('a[part~="source-link"]')) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(body.hidden).to.equal(true);

    // The evidence label legend explains each level used.
    const legendToggle = $<HTMLButtonElement>(el, '[part~="toggle"][data-section="legend"]')!;
    legendToggle.click();
    await settle(el);
    expect($$(el, '[part~="evidence-legend"] dt').length).to.be.greaterThan(0);
  });

  it('answers the popular pain and inflammation claims in its own section', async () => {
    const el = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
    const pain = part(el, 'pain')!;
    expect(text(pain.querySelector('[role="heading"]'))).to.equal('What the evidence says about pain and inflammation');
    for (const c of PAIN_EVIDENCE) expect(shadowText(el)).to.contain(c.text());
    expect($$(el, '[part~="correction"]').every((c) => c.closest('[hidden]'))).to.equal(true);
    const toggle = $<HTMLButtonElement>(el, '[part~="toggle"][data-section="corrections"]')!;
    toggle.click();
    await settle(el);
    const visible = shadowText(el);
    for (const c of CORRECTIONS) {
      expect(visible).to.contain(c.popular());
      expect(visible).to.contain(c.correction.text());
    }
  });

  describe('accuracy of what a reader is told (content audit 2026-12)', () => {
    /** The claim block of a correction's answer, after opening "Popular claims, checked". */
    async function correction(el: El, id: string): Promise<HTMLElement> {
      const toggle = $<HTMLButtonElement>(el, '[part~="toggle"][data-section="corrections"]')!;
      if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
      await settle(el);
      const item = $(el, `[part~="correction"][data-correction="${id}"]`);
      expect(item, id).to.exist;
      return item!;
    }

    it('does not call mitragynine a mu-opioid partial agonist without saying that studies disagree', async () => {
      const el = await explainer(html`<kratom-alkaloid-explainer alkaloid="mitragynine"></kratom-alkaloid-explainer>`);
      const mu = $(el, '[part~="receptor"][data-receptor="mu-opioid"]')!;
      const shown = text(mu);
      expect(text(mu.querySelector('[part~="receptor-action"]'))).to.equal('Studies disagree');
      expect(shown).not.to.contain('Partial agonist');
      expect(shown).to.contain('partly switched it on');
      expect(shown).to.contain('In a second study, it blocked it.');
      // Both studies are cited: the one that found partial activation and the one that found blocking.
      const cited = [...mu.querySelectorAll<HTMLElement>('.claim-meta [data-source-id]')].map(
        (a) => a.dataset.sourceId,
      );
      expect(cited).to.include.members(['P1', 'P6']);
    });

    it('says the paynantheine and speciogynine mu-opioid effects are unclear, not partial agonism', async () => {
      const el = await explainer(html`<kratom-alkaloid-explainer alkaloid="paynantheine"></kratom-alkaloid-explainer>`);
      for (const id of ['paynantheine', 'speciogynine']) {
        el.alkaloid = id;
        await settle(el);
        const mu = $(el, '[part~="receptor"][data-receptor="mu-opioid"]')!;
        expect(text(mu.querySelector('[part~="receptor-action"]')), id).to.equal('Unclear: too little data');
        expect(text(mu), id).to.contain('short meeting report');
      }
    });

    it('gives the NSAID synergy answer no "Controlled trial" chip: no study tested the combination', async () => {
      const el = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
      const item = await correction(el, 'synergy-with-nsaids');
      const answer = item.querySelector<HTMLElement>('.correction-answer')!;
      expect(text(answer)).to.contain('There is no evidence that kratom works together with NSAIDs.');
      expect(text(answer)).to.contain('No study has tested kratom and an NSAID together.');
      const chip = answer.querySelector('.claim-meta [part~="evidence-chip"]')!;
      expect(text(chip)).not.to.contain(evidenceLevelLabel('human-controlled'));
      expect(text(chip)).to.contain(evidenceLevelLabel('in-vitro'));
      expect(text(answer)).to.contain('doctor or pharmacist');
      expect(text(answer)).not.to.contain('clinician');
    });

    it('answers the arthritis, fibromyalgia and muscle-and-joint claim with its own correction', async () => {
      const el = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
      const item = await correction(el, 'arthritis-fibromyalgia');
      expect(text(item.querySelector('q'))).to.contain('arthritis, fibromyalgia, and muscle and joint pain');
      const answer = text(item.querySelector('.correction-answer'));
      expect(answer).to.contain(
        'No study has tested kratom for arthritis, fibromyalgia or other muscle and joint problems.',
      );
      expect(answer).to.contain('only been seen in cells and in rats and mice');
      expect(answer).to.contain('ask a doctor, nurse or pharmacist');
      expect(text(item)).to.contain('No trial of kratom for any pain condition was found.');
    });

    it('says on the 7-OH card that concentrated 7-OH products are made in a lab from mitragynine', async () => {
      const el = await explainer(html`<kratom-alkaloid-explainer alkaloid="7-oh"></kratom-alkaloid-explainer>`);
      expect(text(part(el, 'caveat'))).to.contain('They are made in a lab from mitragynine taken from the leaf.');
      expect(text(part(el, 'share'))).to.contain('made in a lab from mitragynine');
      // The commentary on semi-synthetic 7-OH products is cited with the caveat.
      const cited = [...part(el, 'caveat')!.querySelectorAll<HTMLElement>('.claim-meta [data-source-id]')].map(
        (a) => a.dataset.sourceId,
      );
      expect(cited).to.include('SMITH-2025');
    });

    it('states the 2026 DEA facts: MP temporarily in Schedule I, 7-OH only proposed', async () => {
      const el = await explainer(html`<kratom-alkaloid-explainer alkaloid="mp"></kratom-alkaloid-explainer>`);
      const caveat = text(part(el, 'caveat'));
      expect(caveat).to.contain('US health officials say the kratom plant does not make MP on its own.');
      expect(caveat).to.contain('Reports say the US DEA has listed MP in Schedule I since August 2026.');
      expect(caveat).to.contain('We have not seen the order.');
      expect(caveat).not.to.contain('not confirmed');
      const item = await correction(el, 'no-high');
      const point = text(item.querySelector('[data-claim-id="content.correction.no-high.point-regulators"]'));
      expect(point).to.contain('the US DEA proposed adding it above a set amount to Schedule I');
      expect(point).to.contain('By October 2026, no final order had been found.');
      expect(point).not.to.contain('treat concentrated 7-OH products as strong opioids');
    });

    it('says "reported in the news" on a health-authority chip that rests only on news copies', async () => {
      const sources = Object.values(EVIDENCE_SOURCES);
      const report = sources.find((x) => x.kind === 'news' || x.kind === 'secondary')!;
      const official = sources.find((x) => x.kind === 'regulator' || x.kind === 'legal-primary')!;
      const chip = async (level: 'regulator' | 'animal', ids: string[]) =>
        text(await fixture<HTMLElement>(html`<div>${claimEvidenceChip({ level, sources: ids })}</div>`));
      expect(await chip('regulator', [report.id])).to.contain('Health authority, reported in the news');
      expect(await chip('regulator', [official.id])).not.to.contain('reported in the news');
      expect(await chip('regulator', [official.id, report.id])).not.to.contain('reported in the news');
      expect(await chip('animal', [report.id])).not.to.contain('reported in the news');
      // Every chip the explainer shows agrees with its claim's sources.
      const el = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
      await openAll(el);
      for (const a of ALKALOIDS) {
        el.alkaloid = a.id;
        await settle(el);
        for (const claim of allShownClaims(a)) {
          const block = $(el, `[data-claim-id="${claim.id}"]`);
          const shown = block?.querySelector(':scope > .claim-meta [part~="evidence-chip"]');
          if (!shown) continue;
          expect(text(shown).includes('reported in the news'), claim.id).to.equal(restsOnNewsReports(claim));
        }
      }
    });

    it('shows no evidence level for "no data found", and no "clinician" anywhere', async () => {
      const el = await explainer(
        html`<kratom-alkaloid-explainer alkaloid="mitraphylline"></kratom-alkaloid-explainer>`,
      );
      const mu = $(el, '[part~="receptor"][data-receptor="mu-opioid"]')!;
      expect(text(mu.querySelector('[part~="receptor-action"]'))).to.equal('No data found');
      expect(mu.querySelector('[part~="evidence-chip"]')).to.equal(null);
      await openAll(el);
      for (const a of ALKALOIDS) {
        el.alkaloid = a.id;
        await settle(el);
        expect(shadowText(el).toLowerCase(), a.id).not.to.contain('clinician');
      }
    });
  });

  it('shows the review footer, and marks it stale after the next review date', async () => {
    const review = REVIEWS.alkaloids;
    const el = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
    const footer = text(part(el, 'review'));
    expect(footer).to.contain(formatPartialDate(review.lastReviewed));
    expect(footer).to.contain(formatPartialDate(review.nextReview));
    expect(footer).to.contain(review.contentVersion);
    expect(part(el, 'stale')).to.equal(null);
    const [y, m, d] = review.nextReview.split('-').map(Number);
    clock.now = () => new Date(Date.UTC(y!, m! - 1, d! + 1));
    const stale = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
    expect(text(part(stale, 'stale'))).to.equal('This may be out of date.');
    let matches = false;
    try {
      matches = stale.matches(':state(stale)');
    } catch {
      matches = true;
    }
    expect(matches).to.equal(true);
  });

  describe('locale switch', () => {
    afterEach(async () => {
      await setLocale(null);
    });

    it('updates numbers (decimal separators) and text with the locale', async () => {
      const el = await explainer(html`<kratom-alkaloid-explainer alkaloid="mitragynine"></kratom-alkaloid-explainer>`);
      expect(text(part(el, 'molar-mass'))).to.equal('398.5 g/mol');
      await setLocale('de');
      await settle(el);
      expect(getLocale()).to.equal('de');
      expect(text(part(el, 'molar-mass'))).to.equal('398,5 g/mol');
      expect(part(el, 'share-value')!.textContent).to.contain('12\u00a0%').and.contain('66\u00a0%');
      expect(text(part(el, 'review'))).to.contain(formatPartialDate(REVIEWS.alkaloids.lastReviewed, 'de'));
      expect(text(part(el, 'role'))).to.contain(deTemplates['content.alkaloid.mitragynine.role'] as string);
      expect(part(el, 'chart-table')!.textContent).to.contain('12\u00a0%');

      await setLocale('en');
      await settle(el);
      expect(text(part(el, 'molar-mass'))).to.equal('398.5 g/mol');
    });
  });

  for (const attribute of ['variant="compact"', 'compact (deprecated)']) {
    it(`${attribute} shows only the selector and the short role, with its chip and sources`, async () => {
      const el = await explainer(
        attribute === 'variant="compact"'
          ? html`<kratom-alkaloid-explainer variant="compact" alkaloid="7-oh"></kratom-alkaloid-explainer>`
          : html`<kratom-alkaloid-explainer compact alkaloid="7-oh"></kratom-alkaloid-explainer>`,
      );
      expect(tabs(el)).to.have.length(8);
      const panel = $(el, '[role="tabpanel"]')!;
      const claims = [...panel.querySelectorAll<HTMLElement>('[part~="claim"]')];
      expect(claims.map((c) => c.dataset.claimId)).to.deep.equal([byId('7-hydroxymitragynine').role.id]);
      expect(claims[0]!.querySelector('[part~="evidence-chip"]')).to.exist;
      expect(claims[0]!.querySelector('a[part~="source-link"]')).to.exist;
      for (const name of ['formula', 'share', 'receptors', 'caveat', 'chart', 'pain', 'review', 'toggle']) {
        expect(part(el, name), name).to.equal(null);
      }
      expect($(el, '[role="heading"]')).to.equal(null);
      let matches = false;
      try {
        matches = el.matches(':state(compact)');
      } catch {
        matches = true;
      }
      expect(matches).to.equal(true);
      selectedTab(el)!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(text(part(el, 'role'))).to.contain(ALKALOIDS[2]!.role.text());
    });
  }

  it('renders variant="compact" exactly as the deprecated compact attribute did', async () => {
    const markup = (el: Element) => el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');
    const byVariant = await explainer(
      html`<kratom-alkaloid-explainer variant="compact" alkaloid="mp"></kratom-alkaloid-explainer>`,
    );
    const byCompact = await explainer(
      html`<kratom-alkaloid-explainer compact alkaloid="mp"></kratom-alkaloid-explainer>`,
    );
    expect(markup(byVariant)).to.equal(markup(byCompact));
    expect(markup(byVariant)).to.contain('is-compact');
    const full = await explainer(
      html`<kratom-alkaloid-explainer variant="full" alkaloid="mp"></kratom-alkaloid-explainer>`,
    );
    expect(markup(full)).to.not.equal(markup(byVariant));
    expect(part(full, 'chart')).to.exist;
  });

  it('shows the full variant for an unknown variant, with one warning', async () => {
    let el!: El;
    const warnings = await captureWarnings(async () => {
      el = await explainer(html`<kratom-alkaloid-explainer variant="short"></kratom-alkaloid-explainer>`);
      el.requestUpdate();
      await settle(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('variant="short"');
    expect(part(el, 'chart')).to.exist;
    expect(part(el, 'formula')).to.exist;
  });

  it('uses heading-level for its headings and warns once for an invalid level', async () => {
    const el = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
    const levels = () => $$(el, '[role="heading"]').map((h) => Number(h.getAttribute('aria-level')));
    expect($(el, '#panel-heading')!.getAttribute('aria-level')).to.equal('3');
    expect(new Set(levels())).to.deep.equal(new Set([3, 4]));
    el.headingLevel = 2;
    await settle(el);
    expect(new Set(levels())).to.deep.equal(new Set([2, 3]));
    el.headingLevel = 6;
    await settle(el);
    expect(new Set(levels())).to.deep.equal(new Set([6]));
    const warnings = await captureWarnings(async () => {
      el.setAttribute('heading-level', '9');
      await settle(el);
      el.requestUpdate();
      await settle(el);
    });
    expect(warnings).to.have.length(1);
    expect(new Set(levels())).to.deep.equal(new Set([3, 4]));
  });

  it('draws the RDKit structure with a text alternative, hides it in compact, and reserves no space without one', async () => {
    const el = await explainer(html`<kratom-alkaloid-explainer alkaloid="mitragynine"></kratom-alkaloid-explainer>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.structure-drawing'), 'structure drawing loaded', {
      timeout: 5000,
    });
    const figure = part(el, 'structure')!;
    expect(figure.hidden).to.equal(false);
    const drawing = figure.querySelector('svg.structure-drawing')!;
    expect(drawing.getAttribute('role')).to.equal('img');
    expect(drawing.getAttribute('aria-label'))
      .to.contain('Mitragynine')
      .and.contain('C23H30N2O4')
      .and.contain('2D structure drawing');
    const paths = [...drawing.querySelectorAll('path')];
    expect(paths.length).to.be.greaterThan(0);
    expect(paths.map((p) => p.getAttribute('d') ?? '').join('').length).to.be.greaterThan(500);
    expect(figure.getAttribute('dir')).to.equal('ltr');
    // No drawing exists for an alkaloid without a confirmed structure: the figure takes no space.
    const none = await explainer(html`<kratom-alkaloid-explainer alkaloid="paynantheine"></kratom-alkaloid-explainer>`);
    expect(part(none, 'structure')!.hidden).to.equal(true);
    const compact = await explainer(
      html`<kratom-alkaloid-explainer alkaloid="mitragynine" variant="compact"></kratom-alkaloid-explainer>`,
    );
    await settle(compact);
    expect(compact.shadowRoot!.querySelector('.structure-drawing')).to.equal(null);
    // Leaving compact draws it; so does an explainer with no attributes at all (its first alkaloid).
    compact.removeAttribute('variant');
    await waitUntil(() => compact.shadowRoot!.querySelector('.structure-drawing'), 'drawn after compact', {
      timeout: 5000,
    });
    const bare = await explainer(html`<kratom-alkaloid-explainer></kratom-alkaloid-explainer>`);
    await waitUntil(() => bare.shadowRoot!.querySelector('.structure-drawing'), 'drawn with no attributes', {
      timeout: 5000,
    });
    expect(bare.getAttributeNames(), 'no default attributes written').to.deep.equal([]);
  });

  it('lets a host replace the drawing through the structure slot', async () => {
    const el = await explainer(
      html`<kratom-alkaloid-explainer alkaloid="paynantheine"
        ><img slot="structure" alt="Structure of paynantheine" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
      /></kratom-alkaloid-explainer>`,
    );
    expect(part(el, 'structure')!.hidden).to.equal(false);
  });

  it('lays out right to left: mirrored tabs and chart axis, arrows follow the direction, formulas stay LTR', async () => {
    const el = await explainer(
      html`<div dir="rtl"><kratom-alkaloid-explainer alkaloid="mitragynine"></kratom-alkaloid-explainer></div>`,
    );
    const all = tabs(el);
    expect(all[0]!.getBoundingClientRect().right).to.be.greaterThan(all[1]!.getBoundingClientRect().right);

    // ArrowLeft goes to the next tab (visually left) in RTL.
    all[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.selectedId).to.equal(ALKALOIDS[1]!.id);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.selectedId).to.equal(ALKALOIDS[0]!.id);

    // The chart axis mirrors: 0 % on the right, bars measured from the right edge.
    expectChartDirection(el, 'rtl');

    // Text is RTL, formulas stay LTR.
    expect(getComputedStyle($(el, '.root')!).direction).to.equal('rtl');
    const formula = part(el, 'formula')!;
    expect(formula.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(formula).direction).to.equal('ltr');
    expect(text(formula)).to.equal(byId('mitragynine').formula);
  });

  it('keeps bars and axis labels in the same direction when the page direction changes live', async () => {
    const el = await explainer(html`<div><kratom-alkaloid-explainer></kratom-alkaloid-explainer></div>`);
    expectChartDirection(el, 'ltr');
    el.parentElement!.dir = 'rtl';
    expectChartDirection(el, 'rtl');
    el.parentElement!.dir = 'ltr';
    expectChartDirection(el, 'ltr');
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`accessibility (${scheme})`, () => {
      before(() => document.documentElement.style.setProperty('--kratom-color-scheme', scheme));
      after(() => document.documentElement.style.removeProperty('--kratom-color-scheme'));

      for (const a of ALKALOIDS) {
        it(`is accessible with ${a.id} selected and every disclosure open`, async () => {
          const el = await explainer(html`<kratom-alkaloid-explainer alkaloid=${a.id}></kratom-alkaloid-explainer>`);
          await openAll(el);
          await expect(el).to.be.accessible();
        });
      }

      it('is accessible compact and right to left', async () => {
        const compact = await explainer(
          html`<kratom-alkaloid-explainer variant="compact"></kratom-alkaloid-explainer>`,
        );
        await expect(compact).to.be.accessible();
        const rtl = await explainer(
          html`<div dir="rtl"><kratom-alkaloid-explainer alkaloid="7-oh"></kratom-alkaloid-explainer></div>`,
        );
        await expect(rtl).to.be.accessible();
      });
    });
  }
});
