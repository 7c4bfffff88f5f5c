import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define/kratom-mechanism-diagram.js';
import {
  mechanismStepOrder,
  type KratomMechanismDiagram,
  type MechanismStepChangeDetail,
} from '../src/components/mechanism-diagram/mechanism-diagram.js';
import { wrapText } from '../src/shared/text-wrap.js';
import { PATHWAY_STEPS } from '../src/content/pathways.js';
import { resolveSources } from '../src/content/bibliography.js';
import { EVIDENCE_SOURCES } from '../src/content/sources.js';
import { evidenceLevelLabel } from '../src/content/evidence-levels.js';
import { setLocale } from '../src/localization/index.js';
// The runtime loads locales in parts; this element's strings are in its own part.
import { templates as deTemplates } from '../src/generated/locales/de/mechanism-diagram.js';
import { captureWarnings, setPageLang, settle, shadowText } from './helpers.js';

type El = KratomMechanismDiagram;

async function diagram(template: ReturnType<typeof html>): Promise<El> {
  const found = await fixture<HTMLElement>(template);
  const el = (
    found.localName === 'kratom-mechanism-diagram' ? found : found.querySelector('kratom-mechanism-diagram')!
  ) as El;
  await settle(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: El, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const part = (el: El, name: string) => $(el, `[part~="${name}"]`);
const currentNode = (el: El) => $<SVGGElement>(el, '.lane-svg .node.current')!;
const caption = (el: El) => part(el, 'caption')!;
const nextButton = (el: El) => part(el, 'next') as HTMLButtonElement;
const previousButton = (el: El) => part(el, 'previous') as HTMLButtonElement;
const liveRegion = (el: El) => $(el, '[role="status"]')!;
const stage = (el: El) => part(el, 'diagram')!;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The label a box shows (its tspans joined), for comparing with content labels. */
const nodeLabel = (node: Element) => [...node.querySelectorAll('text.label tspan')].map((t) => t.textContent).join(' ');

const labelOf = (id: string) => PATHWAY_STEPS.find((s) => s.id === id)!.label();

describe('<kratom-mechanism-diagram>', () => {
  describe('content and order', () => {
    it('draws both lanes with a box for every step, opioid first, and each box carries its evidence icon and scope', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      const lanes = $$(el, '[part~="lane"]');
      expect(lanes.map((l) => l.dataset.pathway)).to.deep.equal(['opioid', 'inflammation']);
      expect(lanes.map((l) => text(l.querySelector('[part~="lane-title"]')))).to.deep.equal([
        'Opioid pathway',
        'Inflammation (lab and animal findings only)',
      ]);
      const nodes = $$<SVGGElement>(el, '.lane-svg .node');
      expect(nodes.length).to.equal(PATHWAY_STEPS.length);
      for (const step of PATHWAY_STEPS) {
        const node = nodes.find((n) => n.dataset.stepId === step.id)!;
        expect(node, step.id).to.exist;
        expect(node.closest('[part~="lane"]')!.getAttribute('data-pathway')).to.equal(step.pathway);
        expect(node.dataset.level).to.equal(step.claim.level);
        expect(node.querySelector('[part~="evidence-icon"]'), `${step.id} icon`).to.exist;
        const scope = text(node.querySelector('text.scope'));
        expect(scope).to.equal(
          {
            'cells-only': 'Cells only',
            'rodents-only': 'Rodents only',
            'lab-and-rodents': 'Lab and rodents only',
            people: 'People',
            'no-human-evidence': 'No human evidence',
            'product-tests': 'Product lab tests',
          }[step.scope],
        );
        expect(nodeLabel(node).replace(/- /g, '-')).to.equal(step.label());
      }
      // The arrow into a step carries that step's evidence level, and the CYP3A4 label.
      const edges = $$<SVGGElement>(el, '.lane-svg .edge');
      for (const edge of edges) {
        expect(edge.dataset.level).to.equal(PATHWAY_STEPS.find((s) => s.id === edge.dataset.to)!.claim.level);
      }
      const labelled = PATHWAY_STEPS.filter((s) => s.edgeLabel);
      for (const step of labelled) {
        const edge = edges.find((e) => e.dataset.to === step.id)!;
        expect(text(edge.querySelector('[part~="edge-label"]'))).to.equal(step.edgeLabel!());
      }
    });

    it('orders steps lane by lane, each main step followed by the side steps that hang from it', () => {
      const order = mechanismStepOrder('both').map((o) => o.step);
      expect(order.length).to.equal(PATHWAY_STEPS.length);
      expect(new Set(order.map((s) => s.id)).size).to.equal(PATHWAY_STEPS.length);
      const firstInflammation = order.findIndex((s) => s.pathway === 'inflammation');
      expect(order.slice(0, firstInflammation).every((s) => s.pathway === 'opioid')).to.equal(true);
      expect(order.slice(firstInflammation).every((s) => s.pathway === 'inflammation')).to.equal(true);
      for (const [i, s] of order.entries()) {
        if (s.kind !== 'branch') continue;
        // Everything between the parent and this branch is a branch of the same parent.
        const parent = order.findIndex((p) => p.id === s.from);
        expect(parent, s.id).to.be.lessThan(i);
        for (const between of order.slice(parent + 1, i)) expect(between.from).to.equal(s.from);
      }
      const mains = (lane: string) => order.filter((s) => s.pathway === lane && s.kind === 'main').map((s) => s.id);
      expect(mains('opioid')).to.deep.equal(
        PATHWAY_STEPS.filter((s) => s.pathway === 'opioid' && s.kind === 'main').map((s) => s.id),
      );
      expect(mechanismStepOrder('opioid').map((o) => o.step.id)).to.deep.equal(
        order.slice(0, firstInflammation).map((s) => s.id),
      );
    });

    it('says on its face that a mechanism is not proof, and how few steps have evidence from people', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      const banner = part(el, 'banner')!;
      expect(banner.getAttribute('role')).to.equal('note');
      expect(text(banner)).to.contain('How it may work is not proof that it helps or is safe.');
      const human = PATHWAY_STEPS.filter((s) => s.claim.level.startsWith('human-')).length;
      expect(text(banner)).to.contain(`Only ${human} of these ${PATHWAY_STEPS.length} steps`);
      const inflammation = await diagram(
        html`<kratom-mechanism-diagram pathway="inflammation"></kratom-mechanism-diagram>`,
      );
      expect(text(part(inflammation, 'banner'))).to.contain('None of these');
      expect(text(part(el, 'summary'))).to.contain('mu-opioid receptor');
      expect(part(el, 'summary')!.localName).to.equal('figcaption');
    });

    it('explains every line style and icon it uses in the legend, plus arrows, side lines and the current ring', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      const legend = part(el, 'legend')!;
      const used = [...new Set(PATHWAY_STEPS.map((s) => s.claim.level))];
      const rows = [...legend.querySelectorAll<HTMLElement>('.legend-levels > li')];
      expect(rows.map((r) => r.dataset.level).sort()).to.deep.equal([...used].sort());
      const dashes = new Set<string>();
      for (const row of rows) {
        const level = row.dataset.level as Parameters<typeof evidenceLevelLabel>[0];
        expect(text(row)).to.contain(evidenceLevelLabel(level));
        expect(row.querySelector('[part~="evidence-icon"]')).to.exist;
        const line = row.querySelector('.sample .stroke')!;
        const style = getComputedStyle(line);
        dashes.add(`${style.strokeDasharray}|${style.strokeWidth}`);
        // The diagram draws that level's boxes with the same line style as the legend sample.
        const box = $(el, `.lane-svg .node[data-level="${level}"] .box`)!;
        expect(getComputedStyle(box).strokeDasharray).to.equal(style.strokeDasharray);
      }
      expect(dashes.size, 'each level has its own line style').to.equal(rows.length);
      expect(text(legend)).to.contain('Arrow: leads to the next step');
      expect(text(legend)).to.contain('Outer ring: the current step.');
    });
  });

  describe('evidence hierarchy and limits (content audit 2026-12)', () => {
    it('draws a health authority statement as its own line, never thicker or stronger than a controlled trial', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      const legend = part(el, 'legend')!;
      const trialRow = legend.querySelector<HTMLElement>('.legend-levels > li[data-level="human-controlled"]')!;
      const regulatorRow = legend.querySelector<HTMLElement>('li[data-level="regulator"]')!;
      expect(trialRow, 'controlled-trial row').to.exist;
      expect(regulatorRow, 'health-authority row').to.exist;
      const trial = getComputedStyle(trialRow.querySelector('.sample .stroke')!);
      const regulator = getComputedStyle(regulatorRow.querySelector('.sample .stroke')!);
      expect(parseFloat(regulator.strokeWidth)).to.be.at.most(parseFloat(trial.strokeWidth));
      expect(regulator.strokeDasharray, 'a pattern of its own, not the solid trial line').not.to.equal(
        trial.strokeDasharray,
      );
      expect(regulator.strokeDasharray).not.to.equal('none');
      expect(text(regulatorRow)).to.contain('It is not a study, so it is never drawn stronger than a controlled trial');
      expect(text(trialRow)).to.contain('The strongest kind of study here.');
    });

    it('names the limits of the one human trial in the banner, and labels the inflammation lane as lab and animal findings', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      const banner = text(part(el, 'banner'));
      expect(banner).to.contain('26 healthy men who used kratom daily');
      expect(banner).to.contain('one dose in a lab pain test');
      expect(text(part(el, 'summary'))).to.contain('lab and animal findings on inflammation');
      const inflammation = await diagram(
        html`<kratom-mechanism-diagram pathway="inflammation"></kratom-mechanism-diagram>`,
      );
      expect(text(part(inflammation, 'lane-title'))).to.equal('Inflammation (lab and animal findings only)');
      expect(text(part(inflammation, 'banner'))).not.to.contain('26 healthy men');
    });

    it('puts the mitragynine to 7-OH step in the gut and liver, from lab enzymes and mice, not from people', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      const node = $<SVGGElement>(el, '.lane-svg .node[data-step-id="opioid.7-hydroxymitragynine"]')!;
      expect(text(node.querySelector('text.scope'))).to.equal('Lab and rodents only');
      const edge = $(el, '.lane-svg .edge[data-to="opioid.7-hydroxymitragynine"]')!;
      expect(text(edge.querySelector('[part~="edge-label"]'))).to.equal('Enzyme CYP3A4');
      expect(shadowText(el)).not.to.contain('CYP3A4 in the liver');
      // The first box is about product tests, and its chip says lab tests, not lab cells.
      const leaf = $$(el, '.list-item').find((li) => li.dataset.stepId === 'opioid.leaf')!;
      expect(text(leaf)).to.contain('Product lab tests');
      expect(text(leaf.querySelector('[part~="evidence-chip"]'))).to.contain('Lab tests only');
    });
  });

  describe('step-through', () => {
    it('reaches every step with the Next and Previous buttons; the caption always matches the highlighted box', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      const order = mechanismStepOrder('both');
      expect(previousButton(el).getAttribute('aria-disabled')).to.equal('true');
      const seen: string[] = [];
      el.addEventListener('kratom-step-change', (e) => seen.push(e.detail.id));
      for (let i = 0; i < order.length; i++) {
        const want = order[i]!.step;
        expect(el.step).to.equal(i);
        expect(currentNode(el).dataset.stepId).to.equal(want.id);
        expect($$(el, '.lane-svg .node.current').length).to.equal(1);
        expect(caption(el).dataset.stepId).to.equal(want.id);
        expect(text(caption(el).querySelector('.caption-title'))).to.equal(want.label());
        expect(text(caption(el))).to.contain(want.claim.text());
        expect(text(caption(el))).to.contain(evidenceLevelLabel(want.claim.level));
        // Each source in full, from the diagram's own table (issue #25), in the step's order.
        const shown = [...caption(el).querySelectorAll<HTMLElement>('[part~="source"]')];
        expect(shown.map((li) => li.dataset.sourceId)).to.deep.equal(
          resolveSources(want.claim.sources).map((s) => s.id),
        );
        for (const li of shown) {
          const s = EVIDENCE_SOURCES[li.dataset.sourceId!]!;
          expect(text(li)).to.contain(s.title);
          expect(li.querySelector('a')?.getAttribute('href')).to.equal(new URL(s.url).href);
        }
        expect(text(part(el, 'counter'))).to.equal(`Step ${i + 1} of ${order.length}`);
        if (i < order.length - 1) {
          nextButton(el).click();
          await el.updateComplete;
        }
      }
      expect(nextButton(el).getAttribute('aria-disabled')).to.equal('true');
      nextButton(el).click(); // at the end: nothing happens
      await el.updateComplete;
      expect(el.step).to.equal(order.length - 1);
      expect(seen).to.deep.equal(order.slice(1).map((o) => o.step.id));
      for (let i = order.length - 1; i > 0; i--) {
        previousButton(el).click();
        await el.updateComplete;
      }
      expect(el.step).to.equal(0);
      expect(currentNode(el).dataset.stepId).to.equal(order[0]!.step.id);
    });

    it('moves with the keyboard (arrows, Home, End), fires kratom-step-change and announces the step', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      const order = mechanismStepOrder('both');
      expect(text(liveRegion(el))).to.equal('');
      expect(liveRegion(el).getAttribute('aria-live')).to.equal('polite');
      stage(el).focus();
      expect(el.shadowRoot!.activeElement).to.equal(stage(el));
      const changed = oneEvent(el, 'kratom-step-change');
      await sendKeys({ press: 'ArrowRight' });
      const detail = (await changed).detail as MechanismStepChangeDetail;
      expect(detail).to.deep.equal({ pathway: 'opioid', step: 1, id: order[1]!.step.id });
      await el.updateComplete;
      expect(text(liveRegion(el))).to.contain(`Step 2 of ${order.length}`);
      expect(text(liveRegion(el))).to.contain(order[1]!.step.label());
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.step).to.equal(2);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.step).to.equal(0);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.step).to.equal(order.length - 1);
      expect(currentNode(el).dataset.stepId).to.equal(order.at(-1)!.step.id);
      expect(text(liveRegion(el))).to.contain(order.at(-1)!.step.label());
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.step).to.equal(0);
      // Every step is reachable with one key.
      for (let i = 1; i < order.length; i++) {
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        expect(currentNode(el).dataset.stepId).to.equal(order[i]!.step.id);
      }
      expect(el.shadowRoot!.activeElement).to.equal(stage(el));
    });

    it('works from the keyboard through the buttons too (Tab, Enter, Space) and keeps focus on them', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      stage(el).focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(previousButton(el));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(nextButton(el));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.step).to.equal(2);
      expect(el.shadowRoot!.activeElement).to.equal(nextButton(el));
      previousButton(el).focus(); // (WebDriver cannot hold Shift for Shift+Tab)
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.step).to.equal(1);
    });

    it('moves to a box when it is clicked', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      const target = $$<SVGGElement>(el, '.lane-svg .node').find((n) => n.dataset.stepId === 'inflammation.cox2')!;
      const changed = oneEvent(el, 'kratom-step-change');
      target.querySelector('rect.box')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await changed).detail.pathway).to.equal('inflammation');
      await el.updateComplete;
      expect(currentNode(el).dataset.stepId).to.equal('inflammation.cox2');
      expect(caption(el).dataset.stepId).to.equal('inflammation.cox2');
    });

    it('keeps the step attribute and property in sync', async () => {
      const order = mechanismStepOrder('both');
      const el = await diagram(html`<kratom-mechanism-diagram step="4"></kratom-mechanism-diagram>`);
      expect(el.step).to.equal(4);
      expect(currentNode(el).dataset.stepId).to.equal(order[4]!.step.id);
      el.setAttribute('step', '7');
      await el.updateComplete;
      expect(el.step).to.equal(7);
      expect(caption(el).dataset.stepId).to.equal(order[7]!.step.id);
      nextButton(el).click();
      await el.updateComplete;
      expect(el.getAttribute('step')).to.equal('8');
      el.step = 2;
      await el.updateComplete;
      expect(el.getAttribute('step')).to.equal('2');
      expect(el.currentStepId).to.equal(order[2]!.step.id);
    });

    it('writes no default attributes, and a removed attribute goes back to its default without a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
        expect(el.getAttributeNames()).to.deep.equal([]);
        el.setAttribute('pathway', 'opioid');
        el.setAttribute('view', 'list');
        await el.updateComplete;
        nextButton(el).click();
        await el.updateComplete;
        expect(el.getAttribute('step')).to.equal('1');
        for (const name of ['pathway', 'view', 'step']) el.removeAttribute(name);
        await el.updateComplete;
        expect([el.pathway, el.view, el.step]).to.deep.equal(['both', 'diagram', 0]);
        expect(currentNode(el).dataset.stepId).to.equal(mechanismStepOrder('both')[0]!.step.id);
      });
      expect(warnings).to.deep.equal([]);
    });

    it('clamps or resets an invalid step, warning once for each bad value', async () => {
      const last = PATHWAY_STEPS.length - 1;
      for (const [value, want] of [
        ['99', last],
        ['-3', 0],
        ['abc', 0],
        ['2.5', 2],
      ] as const) {
        let el!: El;
        const warnings = await captureWarnings(async () => {
          el = await diagram(html`<kratom-mechanism-diagram step=${value}></kratom-mechanism-diagram>`);
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(el.step, value).to.equal(want);
        expect(el.getAttribute('step')).to.equal(String(want));
        expect(currentNode(el).dataset.stepId).to.equal(mechanismStepOrder('both')[want]!.step.id);
        expect(warnings, value).to.have.length(1);
        expect(warnings[0]).to.contain('step');
      }
    });
  });

  describe('pathways and views', () => {
    for (const lane of ['opioid', 'inflammation'] as const) {
      it(`shows the ${lane} lane alone`, async () => {
        const el = await diagram(html`<kratom-mechanism-diagram pathway=${lane}></kratom-mechanism-diagram>`);
        const steps = PATHWAY_STEPS.filter((s) => s.pathway === lane);
        expect($$(el, '[part~="lane"]').map((l) => l.dataset.pathway)).to.deep.equal([lane]);
        expect($$(el, '.lane-svg .node').length).to.equal(steps.length);
        expect(el.stepCount).to.equal(steps.length);
        expect(text(part(el, 'counter'))).to.equal(`Step 1 of ${steps.length}`);
        expect(currentNode(el).dataset.stepId).to.equal(mechanismStepOrder(lane)[0]!.step.id);
        stage(el).focus();
        await sendKeys({ press: 'End' });
        await el.updateComplete;
        expect(currentNode(el).dataset.stepId).to.equal(mechanismStepOrder(lane).at(-1)!.step.id);
        expect($$(el, '.list li').length).to.equal(steps.length);
      });
    }

    it('falls back to both lanes with one warning for an invalid pathway, and clamps the step when the lane changes', async () => {
      let el!: El;
      const warnings = await captureWarnings(async () => {
        el = await diagram(html`<kratom-mechanism-diagram pathway="liver" step="15"></kratom-mechanism-diagram>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('pathway');
      expect($$(el, '[part~="lane"]').length).to.equal(2);
      expect(el.step).to.equal(15);
      el.pathway = 'opioid';
      await el.updateComplete;
      const count = mechanismStepOrder('opioid').length;
      expect(el.step).to.equal(count - 1);
      expect(text(part(el, 'counter'))).to.equal(`Step ${count} of ${count}`);
    });

    it('offers the whole diagram as an ordered list of steps with their evidence, always exposed to assistive tech', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      const list = part(el, 'list')!;
      const order = mechanismStepOrder('both');
      // Diagram view: the list is visually hidden but not hidden from assistive tech.
      expect(list.classList.contains('visually-hidden')).to.equal(true);
      expect(list.closest('[hidden],[aria-hidden="true"]')).to.equal(null);
      expect(getComputedStyle(list).display).to.not.equal('none');
      expect(list.querySelectorAll('a').length, 'no focusable content while hidden').to.equal(0);
      const items = [...list.querySelectorAll<HTMLElement>('li.list-item')];
      expect(items.map((li) => li.dataset.stepId)).to.deep.equal(order.map((o) => o.step.id));
      for (const [i, o] of order.entries()) {
        const item = text(items[i]!);
        expect(item).to.contain(o.step.label());
        expect(item).to.contain(evidenceLevelLabel(o.step.claim.level));
        expect(item).to.contain(o.step.claim.text());
        if (o.step.edgeLabel) expect(item).to.contain(o.step.edgeLabel());
        if (o.parent) expect(item).to.contain(`Side finding at: ${o.parent.label()}`);
      }
      // Numbering continues across lanes.
      const lists = [...list.querySelectorAll('ol')];
      expect(lists.map((ol) => ol.start)).to.deep.equal([1, mechanismStepOrder('opioid').length + 1]);

      const toggle = part(el, 'view-toggle') as HTMLButtonElement;
      expect(text(toggle)).to.equal('Show as list');
      toggle.focus();
      const changed = oneEvent(el, 'kratom-view-change');
      await sendKeys({ press: 'Enter' });
      expect((await changed).detail).to.deep.equal({ view: 'list' });
      await el.updateComplete;
      expect(el.getAttribute('view')).to.equal('list');
      expect(list.classList.contains('visually-hidden')).to.equal(false);
      expect(list.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(stage(el).closest('[hidden]')).to.not.equal(null);
      expect(shadowText(el)).to.contain(order.at(-1)!.step.claim.text());
      expect(list.querySelectorAll('[part~="source-link"]').length).to.be.greaterThan(0);
      expect(text(toggle)).to.equal('Show as diagram');
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
    });

    it('falls back to the diagram with one warning for an invalid view', async () => {
      let el!: El;
      const warnings = await captureWarnings(async () => {
        el = await diagram(html`<kratom-mechanism-diagram view="table"></kratom-mechanism-diagram>`);
      });
      expect(warnings).to.have.length(1);
      expect(stage(el).closest('[hidden]')).to.equal(null);
      expect(part(el, 'list')!.classList.contains('visually-hidden')).to.equal(true);
    });
  });

  describe('layout', () => {
    for (const [width, stacked] of [
      [320, true],
      [560, false],
      [960, false],
    ] as const) {
      it(`at ${width} px the lanes are ${stacked ? 'stacked' : 'side by side'}, nothing overflows, and labels stay legible`, async () => {
        const wrap = await fixture<HTMLDivElement>(
          html`<div style="inline-size: ${width}px"><kratom-mechanism-diagram></kratom-mechanism-diagram></div>`,
        );
        const el = wrap.querySelector('kratom-mechanism-diagram') as El;
        await settle(el);
        const [a, b] = $$(el, '[part~="lane"]').map((l) => l.getBoundingClientRect());
        if (stacked) {
          expect(b!.top).to.be.at.least(a!.bottom - 1);
        } else {
          expect(Math.abs(a!.top - b!.top)).to.be.lessThan(1);
          expect(b!.left).to.be.at.least(a!.right - 1);
        }
        expect(el.getBoundingClientRect().width).to.be.closeTo(width, 1);
        for (const box of [el, ...$$(el, '.root, .diagram, .lanes, .controls, .caption, .legend')]) {
          expect(box.scrollWidth, `${box.className || box.localName} overflows`).to.be.at.most(box.clientWidth + 1);
        }
        const host = el.getBoundingClientRect();
        for (const svgEl of $$<SVGSVGElement>(el, '.lane-svg')) {
          const r = svgEl.getBoundingClientRect();
          expect(r.left).to.be.at.least(host.left - 1);
          expect(r.right).to.be.at.most(host.right + 1);
          // 14-unit label text is drawn at ≥ 12 CSS px.
          const scale = r.width / svgEl.viewBox.baseVal.width;
          expect(14 * scale, 'label font size in px').to.be.at.least(12);
        }
        for (const node of $$<SVGGElement>(el, '.lane-svg .node')) {
          const r = node.querySelector('rect.box')!.getBoundingClientRect();
          expect(r.right).to.be.at.most(host.right + 1);
          expect(r.left).to.be.at.least(host.left - 1);
        }
      });
    }

    it('wraps every label inside its box (measured with getBBox)', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px"><kratom-mechanism-diagram></kratom-mechanism-diagram></div>`,
      );
      const el = wrap.querySelector('kratom-mechanism-diagram') as El;
      await settle(el);
      for (const node of $$<SVGGElement>(el, '.lane-svg .node')) {
        const box = node.querySelector<SVGRectElement>('rect.box')!.getBBox();
        for (const t of node.querySelectorAll<SVGTextElement>('text')) {
          const b = t.getBBox();
          expect(b.width, `${node.dataset.stepId} text width`).to.be.greaterThan(0);
          expect(b.x, `${node.dataset.stepId} starts inside`).to.be.at.least(box.x);
          expect(b.x + b.width, `${node.dataset.stepId} ends inside`).to.be.at.most(box.x + box.width);
          expect(b.y + b.height, `${node.dataset.stepId} bottom`).to.be.at.most(box.y + box.height + 2);
        }
        expect(node.querySelectorAll('text.label tspan').length).to.be.within(1, 3);
        const icon = node.querySelector<SVGSVGElement>('[part~="evidence-icon"]')!.getBoundingClientRect();
        const rect = node.querySelector('rect.box')!.getBoundingClientRect();
        expect(icon.width).to.be.within(10, 30);
        expect(icon.left).to.be.at.least(rect.left);
        expect(icon.right).to.be.at.most(rect.right);
      }
    });

    it('wraps long words and unspaced scripts, and cuts at three lines with an ellipsis', () => {
      const long = wrapText('Donaudampfschifffahrtsgesellschaft', 10, 3);
      expect(long.lines.length).to.be.greaterThan(1);
      expect(long.lines.join('')).to.equal('Donaudampfschifffahrtsgesellschaft');
      const thai = wrapText('ตัวรับโอปิออยด์ชนิดมิวในสมอง', 6, 3, 'th');
      expect(thai.lines.length).to.be.greaterThan(1);
      const cut = wrapText('one two three four five six seven eight nine ten eleven twelve', 6, 3);
      expect(cut.lines).to.have.length(3);
      expect(cut.truncated).to.equal(true);
      expect(cut.lines[2]!.endsWith('…')).to.equal(true);
      expect(wrapText('7-hydroxymitragynine (7-OH)', 14, 3).lines).to.deep.equal(['7-hydroxymitragynine', '(7-OH)']);
    });

    it('has no animated transitions when the reader prefers reduced motion', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      // Every transition the component declares is inside (prefers-reduced-motion: no-preference).
      const sheets: CSSStyleSheet[] = [
        ...(el.shadowRoot!.adoptedStyleSheets ?? []),
        ...$$<HTMLStyleElement>(el, 'style').map((s) => s.sheet!),
      ];
      let declared = 0;
      const walk = (rules: CSSRuleList, media: string[]) => {
        for (const rule of rules) {
          if (rule instanceof CSSMediaRule) walk(rule.cssRules, [...media, rule.conditionText]);
          else if (rule instanceof CSSStyleRule) {
            const duration = rule.style.getPropertyValue('transition-duration') || rule.style.transition;
            if (duration && !/^(none|0s)/.test(duration)) {
              declared++;
              expect(media.join(' '), rule.selectorText).to.contain('prefers-reduced-motion: no-preference');
            }
          }
        }
      };
      for (const sheet of sheets) walk(sheet.cssRules, []);
      expect(declared).to.be.greaterThan(0);

      let emulated = true;
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        emulated = false; // this engine's driver cannot emulate media features
      }
      if (emulated) {
        try {
          const box = $(el, '.lane-svg .node .box')!;
          expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
          expect(
            getComputedStyle(box)
              .transitionDuration.split(',')
              .every((d) => parseFloat(d) === 0),
          ).to.equal(true);
          await emulateMedia({ reducedMotion: 'no-preference' });
          expect(getComputedStyle(box).transitionDuration).to.contain('0.15s');
        } finally {
          await emulateMedia({ reducedMotion: 'no-preference' });
        }
      }
    });

    it('keeps strokes and text visible in forced-colors mode (system colours)', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      const sheets = [
        ...(el.shadowRoot!.adoptedStyleSheets ?? []),
        ...$$<HTMLStyleElement>(el, 'style').map((s) => s.sheet!),
      ];
      const forced: string[] = [];
      for (const sheet of sheets)
        for (const rule of sheet.cssRules)
          if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
            for (const r of rule.cssRules)
              if (r instanceof CSSStyleRule) forced.push(`${r.selectorText}{${r.style.cssText}}`);
      const all = forced.join('\n');
      expect(all).to.match(/\.stroke[^{]*\{[^}]*stroke: canvastext/i);
      expect(all).to.match(/\.lane-svg text[^{]*\{[^}]*fill: canvastext/i);
      expect(all).to.match(/\.ring[^{]*\{[^}]*stroke: highlight/i);
    });
  });

  describe('direction and locale', () => {
    afterEach(async () => {
      await setLocale(null);
      await setPageLang('en', 'en');
    });

    it('mirrors the diagram in RTL (arrows down the start edge, icons on the start side) and ArrowLeft goes forward', async () => {
      const el = await diagram(
        html`<div dir="rtl"><kratom-mechanism-diagram pathway="opioid"></kratom-mechanism-diagram></div>`,
      );
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      const svgEl = $<SVGSVGElement>(el, '.lane-svg')!;
      const width = svgEl.viewBox.baseVal.width;
      for (const path of $$<SVGPathElement>(el, '.lane-svg .edge.main path')) {
        const x = Number(/^M([\d.]+)/.exec(path.getAttribute('d')!)![1]);
        expect(x).to.be.greaterThan(width / 2);
      }
      const main = $$<SVGGElement>(el, '.node.main')[0]!;
      const branch = $$<SVGGElement>(el, '.node.branch')[0]!;
      const mainBox = main.querySelector('rect.box')!.getBoundingClientRect();
      const branchBox = branch.querySelector('rect.box')!.getBoundingClientRect();
      expect(branchBox.right).to.be.lessThan(mainBox.right - 10); // side steps are indented towards the end (left)
      const icon = main.querySelector('[part~="evidence-icon"]')!.getBoundingClientRect();
      expect(icon.left).to.be.greaterThan(mainBox.left + mainBox.width / 2);
      // Text inside boxes still fits.
      for (const node of $$<SVGGElement>(el, '.lane-svg .node')) {
        const box = node.querySelector<SVGRectElement>('rect.box')!.getBBox();
        const label = node.querySelector<SVGTextElement>('text.label')!.getBBox();
        expect(label.x).to.be.at.least(box.x);
        expect(label.x + label.width).to.be.at.most(box.x + box.width);
      }
      // Controls follow the reading direction.
      expect(previousButton(el).getBoundingClientRect().left).to.be.greaterThan(
        nextButton(el).getBoundingClientRect().left,
      );
      stage(el).focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.step).to.equal(1);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.step).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('re-renders the SVG text and dates when the locale changes', async () => {
      const id = 'content.pathway.opioid.leaf.label';
      const table = deTemplates as unknown as Record<string, unknown>;
      const original = table[id];
      // The German file is not translated yet (it holds the English text); use a test translation,
      // long enough to need wrapping.
      table[id] = 'Kratomblätter aus Südostasien in getrockneter Form';
      try {
        const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
        const leaf = () => $$<SVGGElement>(el, '.node').find((n) => n.dataset.stepId === 'opioid.leaf')!;
        expect(nodeLabel(leaf())).to.equal(labelOf('opioid.leaf'));
        expect(text(part(el, 'review'))).to.contain('December 6, 2026');
        await setPageLang('de-DE', 'de');
        await settle(el);
        expect(nodeLabel(leaf())).to.equal('Kratomblätter aus Südostasien in getrockneter Form');
        expect(leaf().querySelectorAll('text.label tspan').length).to.be.within(2, 3);
        expect(text(caption(el).querySelector('.caption-title'))).to.equal(
          'Kratomblätter aus Südostasien in getrockneter Form',
        );
        expect(text(part(el, 'review'))).to.contain('6. Dezember 2026');
        const box = leaf().querySelector<SVGRectElement>('rect.box')!.getBBox();
        const label = leaf().querySelector<SVGTextElement>('text.label')!.getBBox();
        expect(label.x + label.width).to.be.at.most(box.x + box.width);
        await setPageLang('en', 'en');
        await settle(el);
        expect(nodeLabel(leaf())).to.equal(labelOf('opioid.leaf'));
      } finally {
        table[id] = original;
      }
    });
  });

  describe('accessibility', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe in every mode (${scheme})`, async () => {
        document.documentElement.style.setProperty('--kratom-color-scheme', scheme);
        try {
          for (const pathway of ['both', 'opioid', 'inflammation']) {
            const el = await diagram(html`<kratom-mechanism-diagram pathway=${pathway}></kratom-mechanism-diagram>`);
            await expect(el).to.be.accessible();
            el.step = 3;
            await el.updateComplete;
            await expect(el).to.be.accessible();
            el.view = 'list';
            await el.updateComplete;
            await expect(el).to.be.accessible();
          }
        } finally {
          document.documentElement.style.removeProperty('--kratom-color-scheme');
        }
      });
    }

    it('names the focusable diagram and describes the current step and the keys', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      const region = stage(el);
      expect(region.getAttribute('role')).to.equal('group');
      expect(region.tabIndex).to.equal(0);
      expect(region.getAttribute('aria-label')).to.equal('Mechanism diagram');
      expect(region.getAttribute('aria-roledescription')).to.equal('step-through diagram');
      const described = region
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => text(el.shadowRoot!.getElementById(id)))
        .join(' ');
      expect(described).to.contain(`Step 1 of ${PATHWAY_STEPS.length}`);
      expect(described).to.contain(labelOf('opioid.leaf'));
      expect(described).to.contain('arrow keys');
      for (const svgEl of $$(el, '.lane-svg')) expect(svgEl.getAttribute('aria-hidden')).to.equal('true');
      // Buttons meet the 24 × 24 px target size.
      for (const b of $$(el, 'button')) {
        const r = b.getBoundingClientRect();
        expect(r.width).to.be.at.least(24);
        expect(r.height).to.be.at.least(24);
      }
      // The current box is marked by a ring, not by colour alone.
      expect(currentNode(el).querySelector('rect.ring')).to.exist;
      expect($$(el, '.lane-svg rect.ring').length).to.equal(1);
    });

    /** Every heading: its class (the look), its level and its text, in document order. */
    const headings = (el: El) =>
      $$(el, '[role="heading"]').map((h) => ({ cls: h.className, level: h.getAttribute('aria-level'), text: text(h) }));

    it('titles the lanes, the current step, the list and the legend as headings (level 3 by default)', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram></kratom-mechanism-diagram>`);
      const first = mechanismStepOrder('both')[0]!.step;
      expect(first.claim.sources.length, 'the first step has sources').to.be.greaterThan(0);
      expect(headings(el)).to.deep.equal([
        { cls: 'lane-title', level: '3', text: 'Opioid pathway' },
        { cls: 'lane-title', level: '3', text: 'Inflammation (lab and animal findings only)' },
        { cls: 'caption-title', level: '3', text: first.label() },
        { cls: 'sources-heading', level: '4', text: 'Sources' },
        { cls: 'list-title', level: '3', text: 'All steps, in order' },
        { cls: 'list-lane-title', level: '4', text: 'Opioid pathway' },
        { cls: 'list-lane-title', level: '4', text: 'Inflammation (lab and animal findings only)' },
        { cls: 'legend-title', level: '3', text: 'How to read the diagram' },
      ]);
      // The lane titles keep their part, and each lane's list keeps its name from its heading.
      expect($$(el, '[part~="lane-title"]').every((t) => t.getAttribute('role') === 'heading')).to.equal(true);
      for (const ol of $$<HTMLOListElement>(el, '.list ol')) {
        expect(text(el.shadowRoot!.getElementById(ol.getAttribute('aria-labelledby')!))).to.equal(
          text(ol.closest('.list-lane')!.querySelector('[role="heading"]')),
        );
      }
    });

    it('uses heading-level for its headings, sub-titles one level deeper', async () => {
      const el = await diagram(
        html`<kratom-mechanism-diagram heading-level="2" view="list"></kratom-mechanism-diagram>`,
      );
      expect(el.headingLevel).to.equal(2);
      const levels = (cls: string) =>
        headings(el)
          .filter((h) => h.cls === cls)
          .map((h) => h.level);
      expect(levels('lane-title')).to.deep.equal(['2', '2']);
      expect(levels('list-title')).to.deep.equal(['2']);
      expect(levels('list-lane-title')).to.deep.equal(['3', '3']);
      expect(levels('legend-title')).to.deep.equal(['2']);
      el.headingLevel = 6;
      await el.updateComplete;
      // Never deeper than 6.
      expect(levels('list-lane-title')).to.deep.equal(['6', '6']);
      expect(levels('sources-heading')).to.deep.equal(['6']);
    });

    it('falls back to heading level 3 with one warning for an invalid heading-level', async () => {
      for (const value of ['9', 'abc', '0']) {
        let el!: El;
        const warnings = await captureWarnings(async () => {
          el = await diagram(html`<kratom-mechanism-diagram heading-level=${value}></kratom-mechanism-diagram>`);
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(
          headings(el).map((h) => h.level),
          value,
        ).to.deep.equal(['3', '3', '3', '4', '3', '4', '4', '3']);
        expect(warnings, value).to.have.length(1);
        expect(warnings[0]).to.contain('heading-level');
      }
      // Removing the attribute goes back to the default without a warning.
      const warnings = await captureWarnings(async () => {
        const el = await diagram(html`<kratom-mechanism-diagram heading-level="2"></kratom-mechanism-diagram>`);
        el.removeAttribute('heading-level');
        await el.updateComplete;
        expect(el.headingLevel).to.equal(3);
        expect(el.getAttributeNames()).to.deep.equal([]);
      });
      expect(warnings).to.deep.equal([]);
    });

    it('delivers typed events to addEventListener on the element and its ancestors', async () => {
      const el = await diagram(
        html`<div><kratom-mechanism-diagram pathway="inflammation"></kratom-mechanism-diagram></div>`,
      );
      const seen: string[] = [];
      // No casts: the event names are in the global event maps with their detail types.
      el.addEventListener('kratom-step-change', (e) =>
        seen.push(`${e.detail.pathway}:${e.detail.step}:${e.detail.id}`),
      );
      el.parentElement!.addEventListener('kratom-view-change', (e) => seen.push(`view:${e.detail.view}`));
      nextButton(el).click();
      part(el, 'view-toggle')!.click();
      await el.updateComplete;
      expect(seen).to.deep.equal([`inflammation:1:${mechanismStepOrder('inflammation')[1]!.step.id}`, 'view:list']);
    });

    it('exposes list view and the first/last step as custom states', async () => {
      const el = await diagram(html`<kratom-mechanism-diagram view="list"></kratom-mechanism-diagram>`);
      const matches = (s: string) => {
        try {
          return el.matches(`:state(${s})`);
        } catch {
          return null; // engine without :state()
        }
      };
      expect(el.getAttribute('view')).to.equal('list');
      if (matches('list') === null) {
        // Engine without :state(): the attributes carry the same information (no step attribute
        // is the default, the first step).
        expect(el.step).to.equal(0);
        expect(el.hasAttribute('step')).to.equal(false);
        return;
      }
      expect(matches('list')).to.equal(true);
      expect(matches('first-step')).to.equal(true);
      el.step = PATHWAY_STEPS.length - 1;
      await el.updateComplete;
      expect(matches('last-step')).to.equal(true);
      expect(matches('first-step')).to.equal(false);
    });
  });
});
