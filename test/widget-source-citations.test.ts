/**
 * Each widget carries only what it shows of the sources its content cites (issue #25), generated
 * from the bibliography: the checklist's short citations (its fallback list when the full entries
 * cannot load), the explainer's labels, and the news and secondary sources every evidence chip
 * reads. What a reader sees must be what the whole bibliography gives: one label per source
 * ("Tanna 2023b", lettered over the whole bibliography), "reported in the news" exactly where a
 * health-authority statement rests only on news or secondary copies.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { bibliographyCitation } from '../src/content/citations.js';
import { EVIDENCE_SOURCES } from '../src/content/sources.js';
import { RISKS } from '../src/content/risks.js';
import { NALOXONE_GUIDANCE } from '../src/content/urgent-signs.js';
import { PATHWAY_STEPS } from '../src/content/pathways.js';
import { CHECKLIST_SOURCES } from '../src/content/widget-sources/checklist.js';
import { EXPLAINER_CITATIONS, EXPLAINER_SOURCES } from '../src/content/widget-sources/explainer.js';
import { shortCitationList } from '../src/shared/lazy-source-list.js';
import { claimEvidenceChip } from '../src/shared/claim-evidence-chip.js';
import type { Claim } from '../src/content/types.js';

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The rule, from the full entries' kinds. */
const newsOnly = (claim: Pick<Claim, 'level' | 'sources'>) =>
  claim.level === 'regulator' &&
  claim.sources.every((id) => ['news', 'secondary'].includes(EVIDENCE_SOURCES[id]!.kind));

describe("the widgets' own source tables against the whole bibliography", () => {
  it("the checklist's fallback list shows each source's whole-bibliography short citation, in order", async () => {
    const list = await fixture<HTMLElement>(
      html`<div>${shortCitationList(['P32', 'P30', 'C4', 'P32'], CHECKLIST_SOURCES)}</div>`,
    );
    expect([...list.querySelectorAll('[part~="source"]')].map(text)).to.deep.equal([
      'Tanna 2023b',
      'Tanna 2023a',
      'SHM n.d.-a',
    ]);
    const ids = Object.keys(CHECKLIST_SOURCES);
    expect(ids.length, 'the sources the checklist cites').to.equal(56);
    const all = await fixture<HTMLElement>(html`<div>${shortCitationList(ids, CHECKLIST_SOURCES)}</div>`);
    expect([...all.querySelectorAll('[part~="source"]')].map(text)).to.deep.equal(
      ids.map((id) => bibliographyCitation(EVIDENCE_SOURCES[id]!)),
    );
  });

  it("the explainer's labels are the whole bibliography's", () => {
    for (const [id, label] of Object.entries(EXPLAINER_CITATIONS)) {
      const year = EXPLAINER_SOURCES[id]!.year;
      const shown = `${label.name} ${year === null ? `n.d.${label.suffix ? `-${label.suffix}` : ''}` : `${year}${label.suffix ?? ''}`}`;
      expect(shown, id).to.equal(bibliographyCitation(EVIDENCE_SOURCES[id]!));
    }
  });

  it('every chip of the checklist and the diagram says "reported in the news" exactly when the rule holds', async () => {
    const claims = [...RISKS.map((r) => r.why), ...NALOXONE_GUIDANCE, ...PATHWAY_STEPS.map((s) => s.claim)];
    expect(
      claims.some((c) => c.level === 'regulator'),
      'health-authority statements',
    ).to.equal(true);
    for (const claim of claims) {
      const chip = await fixture<HTMLElement>(html`<div>${claimEvidenceChip(claim)}</div>`);
      expect(text(chip).includes('reported in the news'), claim.id).to.equal(newsOnly(claim));
    }
    // No statement of today's content rests only on news copies; one citing the checklist's own
    // news report (from its table, not the whole bibliography) gets the words.
    const news = Object.keys(CHECKLIST_SOURCES).find((id) => EVIDENCE_SOURCES[id]!.kind === 'news')!;
    expect(news).to.be.a('string');
    const chip = await fixture<HTMLElement>(
      html`<div>${claimEvidenceChip({ level: 'regulator', sources: [news] })}</div>`,
    );
    expect(text(chip)).to.contain('Health authority, reported in the news');
  });
});
