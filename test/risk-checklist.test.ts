import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/kratom-risk-checklist.js';
import {
  choosePlural,
  type KratomRiskChecklist,
  type PluralForms,
  type RiskChecklistChangeDetail,
} from '../src/components/risk-checklist/risk-checklist.js';
import { RISKS, severityRank } from '../src/content/risks.js';
import { NALOXONE_GUIDANCE, URGENT_SIGNS } from '../src/content/urgent-signs.js';
import { resolveSources } from '../src/content/bibliography.js';
import { REVIEWS } from '../src/content/review.js';
import { RISK_GROUPS, type Severity } from '../src/content/types.js';
import { formatPartialDate } from '../src/shared/format.js';
import { captureWarnings, settle, shadowText, withPrintMedia } from './helpers.js';

async function checklist(template: ReturnType<typeof html>): Promise<KratomRiskChecklist> {
  const el = await fixture<KratomRiskChecklist>(template);
  await settle(el);
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector(`[part~="${name}"]`) as HTMLElement | null;
const parts = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const box = (el: Element, id: string) => root(el).querySelector<HTMLInputElement>(`#cb-${id}`)!;
const itemOf = (el: Element, id: string) => root(el).querySelector<HTMLElement>(`.groups .item[data-id="${id}"]`)!;
const detailsOf = (el: Element, id: string) => itemOf(el, id).querySelector<HTMLElement>('[part~="item-details"]')!;
const statusText = (el: Element) => part(el, 'summary-status')!.textContent!.replace(/\s+/g, ' ').trim();

/** Ticks or unticks an item the way a pointer user does (a click on its label). */
async function clickLabel(el: KratomRiskChecklist, id: string): Promise<void> {
  root(el).querySelector<HTMLLabelElement>(`label[for="cb-${id}"]`)!.click();
  await settle(el);
}

function isShown(node: Element): boolean {
  const r = node.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(node).visibility !== 'hidden';
}

const firstOf = (severity: Severity) => RISKS.find((r) => r.severity === severity)!;

describe('<kratom-risk-checklist>', () => {
  it('renders every content item as a native checkbox with a visible label and a 24×24 px target, grouped by theme', async () => {
    expect(RISKS.length).to.be.at.least(15);
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    const boxes = root(el).querySelectorAll<HTMLInputElement>('.groups input[type="checkbox"]');
    expect(boxes.length).to.equal(RISKS.length);
    for (const risk of RISKS) {
      const input = box(el, risk.id);
      expect(input.checked).to.equal(false);
      const label = root(el).querySelector<HTMLLabelElement>(`label[for="cb-${risk.id}"]`)!;
      expect(label.textContent!.trim()).to.equal(risk.question());
      expect(isShown(label)).to.equal(true);
      const r = input.getBoundingClientRect();
      expect(r.width, `${risk.id} width`).to.be.at.least(24);
      expect(r.height, `${risk.id} height`).to.be.at.least(24);
      // Details are hidden until ticked.
      expect(detailsOf(el, risk.id).hidden).to.equal(true);
    }
    const groups = parts(el, 'group');
    expect(groups.map((g) => g.dataset.group)).to.deep.equal([...RISK_GROUPS]);
    expect(groups.map((g) => g.querySelector('legend')!.textContent!.trim())).to.deep.equal([
      'Other medicines and substances',
      'Health conditions',
      'Pregnancy and age',
      'How you use it',
      'The product',
    ]);
    for (const g of groups) {
      for (const item of g.querySelectorAll<HTMLElement>('.item')) {
        expect(RISKS.find((r) => r.id === item.dataset.id)!.group).to.equal(g.dataset.group);
      }
    }
    for (const button of [part(el, 'print-button')!, part(el, 'clear-button')!]) {
      const r = button.getBoundingClientRect();
      expect(r.width).to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
    }
  });

  it('with nothing ticked, says the list is not complete and never gives a "safe" verdict', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    expect(statusText(el)).to.equal(
      'You have not ticked anything. An empty list does not mean kratom is safe for you.',
    );
    expect(part(el, 'limits')!.textContent!.trim()).to.equal(
      'This list is not complete and does not replace a doctor, nurse or pharmacist.',
    );
    expect(el.checked).to.deep.equal([]);
    expect(el.highestSeverity).to.equal(null);
    // Every sentence that mentions "safe" negates it.
    const sentences = shadowText(el).split(/(?<=[.!?:])\s+/);
    const safeSentences = sentences.filter((s) => /\bsafe\b/i.test(s));
    expect(safeSentences.length).to.be.greaterThan(0);
    for (const s of safeSentences) expect(s, s).to.match(/\b(not|cannot)\b/);
    expect(part(el, 'privacy')!.textContent!.trim()).to.equal(
      'Your answers stay on this page: nothing is saved or sent.',
    );
  });

  it('ticking reveals why it matters, what to do, evidence level and sources; unticking hides them and updates the summary', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    const risk = RISKS.find((r) => r.why.caveat)!;
    const changed = oneEvent(el, 'change');
    await clickLabel(el, risk.id);
    const event = (await changed) as CustomEvent<RiskChecklistChangeDetail>;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ checked: [risk.id], highestSeverity: risk.severity });
    expect(box(el, risk.id).checked).to.equal(true);
    const details = detailsOf(el, risk.id);
    expect(details.hidden).to.equal(false);
    expect(isShown(details)).to.equal(true);
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Why it matters:');
    expect(text).to.contain(risk.why.text());
    expect(text).to.contain(risk.why.caveat!());
    expect(text).to.contain('What to do:');
    expect(text).to.contain(risk.action());
    expect(details.querySelector('[part~="evidence-chip"]')!.getAttribute('data-level')).to.equal(risk.why.level);
    // The full entries are a lazy chunk fetched on the first tick: the list shows when they arrive.
    await waitUntil(() => details.querySelector('[part~="source"]'), 'sources', { timeout: 5000 });
    const sourceIds = [...details.querySelectorAll<HTMLElement>('[part~="source"]')].map((s) => s.dataset.sourceId);
    expect(sourceIds).to.deep.equal(resolveSources(risk.why.sources).map((s) => s.id));
    for (const a of details.querySelectorAll<HTMLAnchorElement>('a[part~="source-link"]')) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    expect(statusText(el)).to.contain(`1 of ${RISKS.length} statements applies to you.`);

    const unchanged = oneEvent(el, 'change');
    await clickLabel(el, risk.id);
    expect(((await unchanged) as CustomEvent<RiskChecklistChangeDetail>).detail).to.deep.equal({
      checked: [],
      highestSeverity: null,
    });
    expect(detailsOf(el, risk.id).hidden).to.equal(true);
    expect(statusText(el)).to.contain('You have not ticked anything.');
  });

  it('reports the highest severity, whatever order items are ticked in', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    const caution = firstOf('caution');
    const beforeUse = RISKS.filter((r) => r.severity === 'before-use');
    const prompt = firstOf('prompt');

    await clickLabel(el, caution.id);
    expect(el.highestSeverity).to.equal('caution');
    expect(statusText(el)).to.contain('1 of your answers means you should be cautious and ask a doctor or pharmacist.');

    await clickLabel(el, beforeUse[0]!.id);
    await clickLabel(el, beforeUse[1]!.id);
    expect(el.highestSeverity).to.equal('before-use');
    expect(statusText(el)).to.contain(`3 of ${RISKS.length} statements apply to you.`);
    expect(statusText(el)).to.contain('2 of your answers mean you should talk to a doctor before using kratom.');
    expect(part(el, 'summary')!.dataset.severity).to.equal('before-use');

    const changed = oneEvent(el, 'change');
    await clickLabel(el, prompt.id);
    expect(((await changed) as CustomEvent<RiskChecklistChangeDetail>).detail.highestSeverity).to.equal('prompt');
    expect(statusText(el)).to.contain(
      '1 of your answers is serious: do what it says now, and talk to a doctor promptly.',
    );

    await clickLabel(el, prompt.id);
    expect(el.highestSeverity).to.equal('before-use');
    expect(statusText(el)).to.contain('2 of your answers mean you should talk to a doctor before using kratom.');
    // `checked` keeps content order, not click order.
    expect(el.checked).to.deep.equal(
      RISKS.filter((r) => [caution, ...beforeUse.slice(0, 2)].includes(r)).map((r) => r.id),
    );
    expect(severityRank('prompt')).to.be.greaterThan(severityRank('before-use'));
    expect(severityRank('before-use')).to.be.greaterThan(severityRank('caution'));
  });

  it('chooses plural forms with Intl.PluralRules: English one/other, Polish one/few/many, Arabic zero/one/two/few/many/other', async () => {
    const forms: PluralForms = {
      zero: () => 'zero',
      one: () => 'one',
      two: () => 'two',
      few: () => 'few',
      many: () => 'many',
      other: () => 'other',
    };
    expect([1, 2, 5, 21].map((n) => choosePlural(n, forms, 'en'))).to.deep.equal(['one', 'other', 'other', 'other']);
    expect([1, 2, 4, 5, 12, 22, 25].map((n) => choosePlural(n, forms, 'pl'))).to.deep.equal([
      'one',
      'few',
      'few',
      'many',
      'many',
      'few',
      'many',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => choosePlural(n, forms, 'ar'))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    // The rendered English summary agrees the verb with the count.
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    const before = RISKS.filter((r) => r.severity === 'before-use');
    await clickLabel(el, before[0]!.id);
    expect(statusText(el)).to.contain('1 of your answers means you should');
    await clickLabel(el, before[1]!.id);
    expect(statusText(el)).to.contain('2 of your answers mean you should');
    expect(statusText(el)).to.not.contain('answers means');
  });

  it('can be used with the keyboard alone', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button id="before">before</button><kratom-risk-checklist></kratom-risk-checklist></div>`,
    );
    const el = wrapper.querySelector('kratom-risk-checklist') as KratomRiskChecklist;
    await settle(el);
    const active = () => root(el).activeElement as HTMLElement | null;
    const tabUntil = async (test: (node: HTMLElement) => boolean, max = 60): Promise<HTMLElement> => {
      for (let i = 0; i < max; i++) {
        await sendKeys({ press: 'Tab' });
        const node = active();
        if (node) {
          expect(isShown(node), `focused ${node.localName}.${node.className} is visible`).to.equal(true);
          if (test(node)) return node;
        }
      }
      throw new Error('focus never reached the expected control');
    };
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const first = (await tabUntil((n) => n.matches('input[type="checkbox"]'))) as HTMLInputElement;
    expect(first.dataset.id).to.equal(RISKS[0]!.id);
    expect(getComputedStyle(first).outlineStyle).to.not.equal('none');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(first.checked).to.equal(true);
    expect(detailsOf(el, RISKS[0]!.id).hidden).to.equal(false);
    expect(el.checked).to.deep.equal([RISKS[0]!.id]);

    const second = (await tabUntil((n) => n.matches('input[type="checkbox"]'))) as HTMLInputElement;
    expect(second.dataset.id).to.equal(RISKS[1]!.id);
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(el.checked).to.deep.equal([RISKS[0]!.id, RISKS[1]!.id]);
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(el.checked).to.deep.equal([RISKS[0]!.id]);

    const clear = await tabUntil((n) => n.matches('[part~="clear-button"]'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.checked).to.deep.equal([]);
    expect(active()).to.equal(clear);
    expect(statusText(el)).to.contain('You have not ticked anything.');
  });

  it('shows the urgent signs and naloxone guidance with zero interaction, in every mode', async () => {
    for (const template of [
      html`<kratom-risk-checklist></kratom-risk-checklist>`,
      html`<kratom-risk-checklist variant="compact"></kratom-risk-checklist>`,
      html`<kratom-risk-checklist items="unknown-product"></kratom-risk-checklist>`,
      html`<kratom-risk-checklist print-preview></kratom-risk-checklist>`,
    ]) {
      const el = await checklist(template);
      const urgent = part(el, 'urgent')!;
      expect(isShown(urgent)).to.equal(true);
      expect(urgent.closest('[hidden]')).to.equal(null);
      const text = urgent.textContent!.replace(/\s+/g, ' ');
      for (const sign of URGENT_SIGNS) expect(text).to.contain(sign.text());
      for (const claim of NALOXONE_GUIDANCE) expect(text).to.contain(claim.text());
      expect(part(el, 'emergency-call')!.textContent!.trim()).to.equal('Call your local emergency number now.');
      expect(urgent.querySelector('a[href^="tel:"]')).to.equal(null);
      expect(part(el, 'helplines')).to.equal(null);
      expect(urgent.querySelector('input')).to.equal(null);
    }
  });

  // ---------------------------------------------------------------- safety content (issue #21)

  it('rates sedating drugs like opioids: the same "Serious: act now" label and a "Do not combine" action', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    await clickLabel(el, 'opioids');
    await clickLabel(el, 'sedatives');
    const label = (id: string) => detailsOf(el, id).querySelector('[part~="severity"]')!.textContent!.trim();
    const action = (id: string) =>
      detailsOf(el, id).querySelector('[part~="action"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(label('opioids')).to.equal('Serious: act now');
    expect(label('sedatives')).to.equal(label('opioids'));
    expect(action('opioids')).to.match(/^What to do: Do not combine them\./);
    expect(action('sedatives')).to.match(/^What to do: Do not combine them\./);
    // The sedating drug classes a reader on them would recognise are named.
    const question = root(el).querySelector('label[for="cb-sedatives"]')!.textContent!;
    for (const name of ['benzodiazepines', 'gabapentin', 'pregabalin', 'muscle relaxants', 'diphenhydramine'])
      expect(question, name).to.contain(name);
    expect(el.highestSeverity).to.equal('prompt');
  });

  it('shows every item about mixing kratom with opioids, sedating drugs or alcohol as serious, with "Do not combine" or "Do not mix"', async () => {
    const mixing = RISKS.filter((r) => r.combines);
    expect(mixing.map((r) => r.id)).to.include.members(['opioids', 'sedatives', 'alcohol']);
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    for (const r of mixing) {
      await clickLabel(el, r.id);
      const details = detailsOf(el, r.id);
      expect(details.querySelector('[part~="severity"]')!.textContent!.trim(), r.id).to.equal('Serious: act now');
      expect(details.querySelector('[part~="action"]')!.textContent!.replace(/\s+/g, ' ').trim(), r.id).to.match(
        /^What to do: Do not (combine|mix)\b/,
      );
    }
  });

  it('rates alcohol at the same severity as opioids, with "Do not mix"', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    await clickLabel(el, 'alcohol');
    const details = detailsOf(el, 'alcohol');
    expect(details.querySelector('[part~="severity"]')!.textContent!.trim()).to.equal('Serious: act now');
    expect(details.querySelector('[part~="action"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(
      /^What to do: Do not mix alcohol and kratom\./,
    );
    expect(statusText(el)).to.contain('1 of your answers is serious');
  });

  it('says that kratom alone has caused life-threatening poisoning, not only that most deaths involved other drugs', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    await clickLabel(el, 'opioids');
    const why = detailsOf(el, 'opioids').querySelector('[part~="why"]')!.textContent!.replace(/\s+/g, ' ');
    expect(why).to.contain('Most deaths linked to kratom also involved other drugs');
    expect(why).to.contain('kratom alone has also caused life-threatening poisoning');
    expect(part(el, 'naloxone')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'kratom alone has also caused life-threatening poisoning',
    );
  });

  it('tells the first-aid steps while waiting: rescue breaths or CPR, a second naloxone dose after 2 to 3 minutes, and care even after waking', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    const steps = [...part(el, 'naloxone')!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    const index = (text: string) => steps.findIndex((s) => s.includes(text));
    const give = index('give naloxone if you have it');
    const breaths = index('If the person is not breathing, give rescue breaths or CPR.');
    const second = index('after 2 to 3 minutes, give a second dose of naloxone');
    const wearsOff = index('Naloxone wears off in 30 to 90 minutes, but kratom can last much longer.');
    for (const [name, i] of Object.entries({ give, breaths, second, wearsOff })) expect(i, name).to.be.at.least(0);
    expect(steps[wearsOff]).to.contain('the person still needs medical care, even if they wake up');
    expect(steps[breaths]).to.contain('The emergency call taker can tell you how.');
    // In the order a bystander needs them.
    expect(give).to.be.below(breaths);
    expect(breaths).to.be.below(second);
    expect(second).to.be.below(wearsOff);
    expect(steps.some((s) => s.includes('Stay with the person.'))).to.equal(true);
  });

  it('lists a child who swallowed a kratom or 7-OH product as an emergency, even if the child seems fine', async () => {
    const el = await checklist(html`<kratom-risk-checklist region="US"></kratom-risk-checklist>`);
    const sign = part(el, 'urgent')!.querySelector<HTMLElement>(
      '.signs:not(.same-day) li[data-sign="child-swallowed"]',
    );
    expect(sign, 'in the "call for help now" list').to.not.equal(null);
    expect(sign!.textContent).to.contain('A child swallowed a kratom or 7-OH product');
    expect(sign!.textContent).to.contain('even if the child seems fine');
    expect(isShown(sign!)).to.equal(true);
    expect(part(el, 'helplines')!.textContent).to.contain('if a child swallowed something');
  });

  it('sends newborn withdrawal signs to same-day care and newborn danger signs and liver failure signs to the emergency list', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    const urgent = part(el, 'urgent')!;
    const emergency = [...urgent.querySelectorAll<HTMLElement>('.signs:not(.same-day) li')].map(
      (li) => li.dataset.sign,
    );
    const sameDay = [...urgent.querySelectorAll<HTMLElement>('.signs.same-day li')].map((li) => li.dataset.sign);
    expect(sameDay).to.include.members(['newborn', 'jaundice']);
    expect(emergency).to.include.members(['newborn-danger', 'liver-failure']);
    expect(emergency).to.not.include('newborn');
    expect(urgent.textContent).to.contain('A newborn has trouble breathing, has a seizure, or will not feed.');
  });

  it('has an item on driving and using machines after kratom', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    const label = root(el).querySelector<HTMLLabelElement>('label[for="cb-driving"]');
    expect(label, 'driving item').to.not.equal(null);
    expect(label!.textContent).to.contain('I drive, or use machines or power tools, after I take kratom.');
    expect(itemOf(el, 'driving').closest('[part~="group"]')!.getAttribute('data-group')).to.equal('use');
    await clickLabel(el, 'driving');
    const text = detailsOf(el, 'driving').textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('over 90% of people who use kratom regularly said they drive after using it');
    expect(text).to.contain('Do not drive or use machines if you feel sleepy, slow or dizzy.');
    const ids = [...detailsOf(el, 'driving').querySelectorAll<HTMLElement>('[part~="source"]')].map(
      (s) => s.dataset.sourceId,
    );
    expect(ids).to.include.members(['P51', 'P52']);
  });

  it('names interacting medicines, including ones bought without a prescription, and marks what was not tested', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    expect(root(el).querySelector('label[for="cb-daily-medicines"]')!.textContent).to.contain(
      'buy without a prescription',
    );
    await clickLabel(el, 'daily-medicines');
    const text = detailsOf(el, 'daily-medicines').textContent!.replace(/\s+/g, ' ');
    for (const name of [
      'fentanyl',
      'oxycodone',
      'methadone',
      'buprenorphine',
      'alprazolam',
      'midazolam',
      'loperamide',
      'codeine',
      'tramadol',
    ])
      expect(text, name).to.contain(name);
    expect(text).to.contain('Only midazolam was tested in people.');
  });

  it('uses a valid emergency-number as a phone link, and falls back with one warning for an invalid one', async () => {
    for (const number of ['911', '112', '999', '+112']) {
      const el = await checklist(html`<kratom-risk-checklist emergency-number=${number}></kratom-risk-checklist>`);
      const link = part(el, 'emergency-link') as HTMLAnchorElement;
      expect(link.textContent!.trim()).to.equal(number);
      expect(link.getAttribute('href')).to.equal(`tel:${number}`);
      expect(part(el, 'emergency-call')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `Call this emergency number now: ${number}`,
      );
    }
    for (const bad of ['9', '1234567', 'call 911', 'javascript:alert(1)']) {
      let el!: KratomRiskChecklist;
      const warnings = await captureWarnings(async () => {
        el = await checklist(html`<kratom-risk-checklist emergency-number=${bad}></kratom-risk-checklist>`);
        el.requestUpdate();
        await settle(el);
      });
      expect(warnings, bad).to.have.length(1);
      expect(part(el, 'emergency-link')).to.equal(null);
      expect(part(el, 'emergency-call')!.textContent!.trim()).to.equal('Call your local emergency number now.');
    }
  });

  it('shows the US helplines as phone links only for region="US"', async () => {
    const us = await checklist(html`<kratom-risk-checklist region="us"></kratom-risk-checklist>`);
    const links = parts(us, 'helpline-link') as HTMLAnchorElement[];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['1-800-222-1222', '988', '1-800-662-4357']);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+18002221222', 'tel:988', 'tel:+18006624357']);
    expect(part(us, 'helplines')!.textContent)
      .to.contain('Poison Help')
      .and.contain('988 Suicide & Crisis Lifeline')
      .and.contain('SAMHSA');
    // The official pages that give the numbers are listed with the emergency block's sources.
    const usSources = [...part(us, 'urgent-sources')!.querySelectorAll<HTMLElement>('[part~="source"]')].map(
      (s) => s.dataset.sourceId,
    );
    expect(usSources).to.include.members(['R24', 'R25', 'R26']);
    expect(isShown(part(us, 'helplines')!)).to.equal(true);

    for (const region of ['DE', 'GB', '']) {
      const el = await checklist(html`<kratom-risk-checklist region=${region}></kratom-risk-checklist>`);
      expect(part(el, 'helplines'), region).to.equal(null);
      expect(shadowText(el)).to.not.contain('1-800');
    }
    const warnings = await captureWarnings(async () => {
      const el = await checklist(html`<kratom-risk-checklist region="USA"></kratom-risk-checklist>`);
      expect(part(el, 'helplines')).to.equal(null);
    });
    expect(warnings).to.have.length(1);
  });

  it('prints a clean clinician summary: ticked items, meanings, sources, content version and review date', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    const caution = firstOf('caution');
    const prompt = firstOf('prompt');
    await clickLabel(el, caution.id);
    await clickLabel(el, prompt.id);
    // Not rendered on screen; the page's `beforeprint` renders it synchronously, before print layout.
    expect(part(el, 'print-summary')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    const print = part(el, 'print-summary')!;
    expect(print, 'rendered inside beforeprint').to.not.equal(null);
    const text = print.textContent!.replace(/\s+/g, ' ');
    // Most serious first.
    expect([...print.querySelectorAll<HTMLElement>('.print-list > li')].map((li) => li.dataset.id)).to.deep.equal([
      prompt.id,
      caution.id,
    ]);
    for (const r of [caution, prompt]) {
      expect(text).to.contain(r.question());
      expect(text).to.contain(r.why.text());
      expect(text).to.contain(r.action());
      for (const s of resolveSources(r.why.sources)) expect(text).to.contain(s.title);
    }
    for (const r of RISKS.filter((x) => x !== caution && x !== prompt)) expect(text).to.not.contain(r.question());
    const review = REVIEWS.risks;
    expect(text).to.contain(`Content version ${review.contentVersion}`);
    expect(text).to.contain(`Checked against the research on ${formatPartialDate(review.lastReviewed)}`);
    expect(print.querySelector('input, button')).to.equal(null);
    // The urgent signs come once, in their own block after the ticked statements (issue #26).
    const urgent = part(el, 'print-urgent')!;
    expect(urgent.textContent).to.contain('Get help now');
    expect(print.querySelector('.print-list')!.textContent).to.not.contain('Get help now');
    for (const sign of URGENT_SIGNS) expect(urgent.textContent).to.contain(sign.text());

    // The print stylesheet hides everything else in the component and shows the summary.
    const cssText = [...root(el).adoptedStyleSheets, ...[...root(el).querySelectorAll('style')].map((s) => s.sheet!)]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText.includes('print'))
      .map((rule) => rule.cssText)
      .join('\n');
    expect(cssText).to.match(/\.screen,\s*\.urgent\s*\{[^}]*display:\s*none/);
    expect(cssText).to.match(/\.print\s*\{[^}]*display:\s*grid/);
    // On screen the print summary takes no space.
    expect(getComputedStyle(print).display).to.equal('none');

    // Where the engine can emulate print media (Chromium), check the computed result too.
    // Chromium (puppeteer) must really emulate print, so this check is exercised there.
    await withPrintMedia(() => {
      expect(getComputedStyle(print).display).to.equal('grid');
      expect(getComputedStyle(part(el, 'urgent')!).display).to.equal('none');
      for (const screen of root(el).querySelectorAll('.screen'))
        expect(getComputedStyle(screen).display).to.equal('none');
    });
    // After printing it is dropped again, so ticking stays cheap.
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(part(el, 'print-summary')).to.equal(null);
  });

  it('"Print or save" opens the print dialog with the printing attribute set, then clears it', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    const original = window.print;
    let calls = 0;
    let attrDuringPrint = false;
    window.print = () => {
      calls++;
      attrDuringPrint = el.hasAttribute('printing');
    };
    try {
      part(el, 'print-button')!.click();
      await settle(el);
      expect(calls).to.equal(1);
      expect(attrDuringPrint).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect(el.hasAttribute('printing')).to.equal(false);
    } finally {
      window.print = original;
    }
  });

  it('print-preview shows the summary on screen, the urgent block stays', async () => {
    const el = await checklist(html`<kratom-risk-checklist print-preview></kratom-risk-checklist>`);
    expect(isShown(part(el, 'print-summary')!)).to.equal(true);
    expect(part(el, 'print-summary')!.textContent).to.contain('No statements were ticked.');
    expect(isShown(part(el, 'urgent')!)).to.equal(true);
    expect(isShown(part(el, 'groups')!)).to.equal(false);
  });

  it('keeps answers in memory only: no storage, cookies or network', async () => {
    const calls: string[] = [];
    const restore: (() => void)[] = [];
    const spy = <T extends object>(target: T, key: keyof T & string, label: string) => {
      const original = (target as Record<string, unknown>)[key];
      (target as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
        calls.push(label);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
      restore.push(() => ((target as Record<string, unknown>)[key] = original));
    };
    spy(window, 'fetch', 'fetch');
    spy(XMLHttpRequest.prototype, 'open', 'xhr');
    spy(Storage.prototype, 'setItem', 'storage.setItem');
    spy(Storage.prototype, 'removeItem', 'storage.removeItem');
    spy(Storage.prototype, 'clear', 'storage.clear');
    if ('sendBeacon' in navigator) spy(navigator, 'sendBeacon', 'beacon');
    if ('indexedDB' in window) spy(window.indexedDB, 'open', 'indexedDB');
    const cookieDescriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => cookieDescriptor.get!.call(document),
      set: (v: string) => {
        calls.push('cookie');
        cookieDescriptor.set!.call(document, v);
      },
    });
    restore.push(() => delete (document as unknown as Record<string, unknown>).cookie);
    const storageBefore = `${localStorage.length}/${sessionStorage.length}`;
    const originalPrint = window.print;
    window.print = () => undefined;
    restore.push(() => (window.print = originalPrint));
    try {
      const el = await checklist(
        html`<kratom-risk-checklist region="US" emergency-number="911" name="risks"></kratom-risk-checklist>`,
      );
      for (const r of RISKS) await clickLabel(el, r.id);
      part(el, 'print-button')!.click();
      await settle(el);
      part(el, 'clear-button')!.click();
      await settle(el);
      await aTimeout(50);
      expect(calls).to.deep.equal([]);
      expect(`${localStorage.length}/${sessionStorage.length}`).to.equal(storageBefore);
      for (const input of root(el).querySelectorAll('input'))
        expect(input.getAttribute('autocomplete')).to.equal('off');
    } finally {
      for (const r of restore.reverse()) r();
    }
  });

  it('shows only the ids in `items`, in content order', async () => {
    const ids = ['liver', 'opioids', 'unknown-product'];
    const el = await checklist(
      html`<kratom-risk-checklist items=" liver , opioids,unknown-product "></kratom-risk-checklist>`,
    );
    const shown = [...root(el).querySelectorAll<HTMLInputElement>('.groups input[type="checkbox"]')].map(
      (i) => i.dataset.id,
    );
    expect(shown).to.deep.equal(RISKS.filter((r) => ids.includes(r.id)).map((r) => r.id));
    expect(parts(el, 'group').map((g) => g.dataset.group)).to.deep.equal(['substances', 'conditions', 'product']);
    await clickLabel(el, 'liver');
    expect(statusText(el)).to.contain('1 of 3 statements applies to you.');
  });

  it('ignores unknown ids in `items` with one warning, and shows every item when none is known', async () => {
    let el!: KratomRiskChecklist;
    const warnings = await captureWarnings(async () => {
      el = await checklist(html`<kratom-risk-checklist items="opioids,nope,liver,also-bad"></kratom-risk-checklist>`);
      el.requestUpdate();
      await settle(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('nope').and.contain('also-bad');
    expect(root(el).querySelectorAll('.groups input[type="checkbox"]').length).to.equal(2);

    let all!: KratomRiskChecklist;
    const more = await captureWarnings(async () => {
      all = await checklist(html`<kratom-risk-checklist items="nothing-here"></kratom-risk-checklist>`);
    });
    expect(more).to.have.length(1);
    expect(root(all).querySelectorAll('.groups input[type="checkbox"]').length).to.equal(RISKS.length);
  });

  it('drops answers for items that are no longer shown when `items` changes', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    await clickLabel(el, 'opioids');
    await clickLabel(el, 'liver');
    el.items = 'liver';
    await settle(el);
    expect(el.checked).to.deep.equal(['liver']);
  });

  it('"Clear answers" unticks everything and fires change', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    await clickLabel(el, 'opioids');
    await clickLabel(el, 'alcohol');
    const changed = oneEvent(el, 'change');
    part(el, 'clear-button')!.click();
    expect(((await changed) as CustomEvent<RiskChecklistChangeDetail>).detail).to.deep.equal({
      checked: [],
      highestSeverity: null,
    });
    await settle(el);
    expect([...root(el).querySelectorAll<HTMLInputElement>('.groups input')].some((i) => i.checked)).to.equal(false);
    expect(statusText(el)).to.contain('You have not ticked anything.');
  });

  // Must stay the first test that sets the deprecated `compact` attribute: its warning is once per page.
  it('the deprecated compact attribute still collapses the groups and warns once per page, not per element', async () => {
    const warnings = await captureWarnings(async () => {
      const first = await checklist(html`<kratom-risk-checklist compact></kratom-risk-checklist>`);
      const second = await checklist(html`<kratom-risk-checklist compact></kratom-risk-checklist>`);
      for (const el of [first, second]) {
        expect(parts(el, 'group-toggle')).to.have.length(RISK_GROUPS.length);
        expect(isShown(box(el, 'opioids'))).to.equal(false);
      }
    });
    const deprecations = warnings.filter((w) => w.includes('compact attribute'));
    expect(deprecations).to.have.length(1);
    expect(deprecations[0]).to.contain('variant="compact"');
  });

  for (const [name, tag] of [
    ['variant="compact"', html`<kratom-risk-checklist variant="compact"></kratom-risk-checklist>`],
    ['compact (deprecated)', html`<kratom-risk-checklist compact></kratom-risk-checklist>`],
  ] as const) {
    it(`${name} collapses each group behind a button that shows and hides it`, async () => {
      const el = await checklist(tag);
      const toggles = parts(el, 'group-toggle') as HTMLButtonElement[];
      expect(toggles.length).to.equal(RISK_GROUPS.length);
      for (const t of toggles) {
        expect(t.getAttribute('aria-expanded')).to.equal('false');
        expect(root(el).getElementById(t.getAttribute('aria-controls')!)!.hidden).to.equal(true);
        const r = t.getBoundingClientRect();
        expect(r.height).to.be.at.least(24);
      }
      expect(toggles[0]!.textContent!.trim()).to.equal('Other medicines and substances');
      toggles[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(toggles[0]!.getAttribute('aria-expanded')).to.equal('true');
      const list = root(el).getElementById(toggles[0]!.getAttribute('aria-controls')!)!;
      expect(list.hidden).to.equal(false);
      expect(isShown(box(el, 'opioids'))).to.equal(true);
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(list.hidden).to.equal(true);
    });
  }

  it('variant="full" (the default) shows every group open, without toggles; an unknown variant warns once and uses full', async () => {
    const plain = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    expect(plain.variant).to.equal('full');
    expect(parts(plain, 'group-toggle')).to.have.length(0);
    expect(isShown(box(plain, 'opioids'))).to.equal(true);
    const warnings = await captureWarnings(async () => {
      const odd = await checklist(html`<kratom-risk-checklist variant="tiny"></kratom-risk-checklist>`);
      expect(parts(odd, 'group-toggle')).to.have.length(0);
      expect(isShown(box(odd, 'opioids'))).to.equal(true);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('variant="tiny"');
  });

  it('exposes `checked` and `highestSeverity` (copies, not live state), and custom states', async () => {
    const el = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    expect(el.checked).to.deep.equal([]);
    const copy = el.checked;
    copy.push('opioids');
    expect(el.checked).to.deep.equal([]);
    const matches = (state: string) => {
      try {
        return el.matches(`:state(${state})`);
      } catch {
        return true; // engine without :state() support
      }
    };
    expect(matches('empty')).to.equal(true);
    await clickLabel(el, firstOf('prompt').id);
    expect(matches('checked')).to.equal(true);
    expect(matches('prompt')).to.equal(true);
  });

  it('takes part in a host form only when it has a name', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <kratom-risk-checklist id="named" name="risks"></kratom-risk-checklist>
        <kratom-risk-checklist id="anonymous"></kratom-risk-checklist>
      </form>`,
    );
    const named = form.querySelector('#named') as KratomRiskChecklist;
    const anonymous = form.querySelector('#anonymous') as KratomRiskChecklist;
    await settle(named);
    await settle(anonymous);
    await clickLabel(named, 'opioids');
    await clickLabel(named, 'liver');
    await clickLabel(anonymous, 'alcohol');
    const supported = typeof ElementInternals !== 'undefined' && 'setFormValue' in ElementInternals.prototype;
    const data = new FormData(form);
    if (supported) {
      expect(data.getAll('risks')).to.deep.equal(['opioids', 'liver']);
      expect([...data.keys()]).to.deep.equal(['risks', 'risks']);
      form.reset();
      await settle(named);
      expect(named.checked).to.deep.equal([]);
      expect(new FormData(form).getAll('risks')).to.deep.equal([]);
    } else {
      expect([...data.keys()]).to.deep.equal([]);
    }
  });

  it('uses heading-level for its heading hierarchy (default 3), with one warning for an invalid level', async () => {
    const levelsOf = (el: Element) =>
      [...root(el).querySelectorAll('.screen [role="heading"], .urgent [role="heading"]')].map((h) =>
        h.getAttribute('aria-level'),
      );
    const plain = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    expect(levelsOf(plain)[0]).to.equal('3');
    expect(levelsOf(plain)).to.include('4');
    const el = await checklist(html`<kratom-risk-checklist heading-level="2"></kratom-risk-checklist>`);
    expect(levelsOf(el)[0]).to.equal('2');
    expect(levelsOf(el)).to.include('3');
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Kratom risks: what applies to you?');
    const warnings = await captureWarnings(async () => {
      const bad = await checklist(html`<kratom-risk-checklist heading-level="9"></kratom-risk-checklist>`);
      expect(part(bad, 'heading')!.getAttribute('aria-level')).to.equal('3');
      bad.headingLevel = 0;
      await settle(bad);
      expect(part(bad, 'heading')!.getAttribute('aria-level')).to.equal('3');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('heading-level="9"');
  });

  it('headings look the same at every heading-level', async () => {
    const sizes = (el: Element) =>
      ['heading', 'urgent-heading', 'naloxone-heading', 'summary-heading'].map(
        (name) => getComputedStyle(part(el, name)!).fontSize,
      );
    const plain = await checklist(html`<kratom-risk-checklist></kratom-risk-checklist>`);
    const expected = sizes(plain);
    expect(new Set(expected).size).to.equal(3); // main, section and sub-section headings differ
    for (const level of [1, 2, 5, 6]) {
      const el = await checklist(html`<kratom-risk-checklist heading-level=${level}></kratom-risk-checklist>`);
      expect(sizes(el), `heading-level=${level}`).to.deep.equal(expected);
    }
  });

  it('lays out right to left with dir="rtl"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><kratom-risk-checklist></kratom-risk-checklist></div>`,
    );
    const el = wrapper.querySelector('kratom-risk-checklist') as KratomRiskChecklist;
    await settle(el);
    const input = box(el, 'opioids').getBoundingClientRect();
    const label = root(el).querySelector('label[for="cb-opioids"]')!.getBoundingClientRect();
    expect(input.left).to.be.greaterThan(label.left);
    await clickLabel(el, 'opioids');
    const details = detailsOf(el, 'opioids');
    expect(getComputedStyle(details).borderRightWidth).to.equal('4px');
  });

  for (const scheme of ['light', 'dark'] as const) {
    const states: Record<string, (el: KratomRiskChecklist) => Promise<void>> = {
      empty: async () => undefined,
      'partly ticked': async (el) => {
        await clickLabel(el, firstOf('prompt').id);
        await clickLabel(el, firstOf('caution').id);
        expect(el.checked.length).to.equal(2);
      },
      'fully ticked': async (el) => {
        for (const r of RISKS) await clickLabel(el, r.id);
        expect(el.checked.length).to.equal(RISKS.length);
      },
      'compact, one group open': async (el) => {
        el.variant = 'compact';
        await settle(el);
        part(el, 'group-toggle')!.click();
        await clickLabel(el, RISKS[0]!.id);
      },
    };
    for (const [name, prepare] of Object.entries(states)) {
      it(`is accessible ${name} (${scheme})`, async function () {
        this.timeout(30000);
        document.documentElement.style.setProperty('--kratom-color-scheme', scheme);
        try {
          const el = await checklist(
            html`<kratom-risk-checklist region="US" emergency-number="911"></kratom-risk-checklist>`,
          );
          await prepare(el);
          await expect(el).to.be.accessible();
        } finally {
          document.documentElement.style.removeProperty('--kratom-color-scheme');
        }
      });
    }
  }
});
