import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/kratom-alkaloid-explainer.js';
import type { KratomAlkaloidExplainer } from '../src/components/alkaloid-explainer/alkaloid-explainer.js';
import { bibliographyCitation, citationName, shortCitation, shortCitations } from '../src/content/citations.js';
import { bibliography } from '../src/content/bibliography.js';
import { EVIDENCE_SOURCES } from '../src/content/sources.js';
import type { Source } from '../src/content/types.js';
import { settle } from './helpers.js';

/** A made-up bibliography entry: only the fields the short citation reads matter. */
function source(id: string, authors: string, year: number | null, venue = 'J Test'): Source {
  return {
    id,
    authors,
    title: `Title of ${id}`,
    venue,
    year,
    ...(year === null ? { accessed: '2026-11-24' } : {}),
    url: `https://example.org/${id}`,
    kind: 'peer-reviewed',
  };
}

describe('short citations (content layer)', () => {
  it('use the first author’s surname, or the organisation, and the year', () => {
    expect(shortCitation(source('A', 'Tanna RS, Cech NB, Oberlies NH', 2023))).to.equal('Tanna 2023');
    expect(shortCitation(source('B', 'Tanna RS, et al.', 2021))).to.equal('Tanna 2021');
    expect(shortCitation(source('C', 'Leong Bin Abdullah MFI, Singh D', 2021))).to.equal('Leong Bin Abdullah 2021');
    expect(shortCitation(source('D', 'Garcia-Romeu A, Cox DJ', 2020))).to.equal('Garcia-Romeu 2020');
    expect(shortCitation(source('E', "O'Donnell J", 2019))).to.equal("O'Donnell 2019");
    expect(shortCitation(source('F', 'Ellis CR, Racz R, et al. (FDA CDER)', 2020))).to.equal('Ellis 2020');
    // Organisations: as written when short, else their acronym; the first of several.
    expect(shortCitation(source('G', 'U.S. Food and Drug Administration (FDA)', 2025))).to.equal('FDA 2025');
    expect(shortCitation(source('H', 'WHO Expert Committee on Drug Dependence (ECDD)', 2021))).to.equal('WHO 2021');
    expect(shortCitation(source('I', 'DEA; HHS', 2026))).to.equal('DEA 2026');
    expect(shortCitation(source('J', 'American Nurse', 2018))).to.equal('American Nurse 2018');
    // An undated page says so (APA "n.d.") instead of showing a bare name.
    expect(shortCitation(source('K', 'National Institute on Drug Abuse (NIDA)', null))).to.equal('NIDA n.d.');
  });

  it('never put a journal or a title in the author’s place', () => {
    const anonymous = source('L', '', 2018, 'Pediatrics');
    expect(shortCitation(anonymous)).to.equal('Anon. 2018');
    expect(shortCitation(anonymous)).not.to.contain('Pediatrics');
    expect(shortCitation(anonymous)).not.to.contain('Title');
  });

  it('tell equal labels apart with letters in bibliography (id) order, whatever the list order', () => {
    const p30 = source('P30', 'Tanna RS, et al.', 2023);
    const p31 = source('P31', 'Tanna RS, et al.', 2021);
    const p32 = source('P32', 'Tanna RS, Cech NB', 2023);
    expect(shortCitations([p30, p32])).to.deep.equal(['Tanna 2023a', 'Tanna 2023b']);
    expect(shortCitations([p32, p30])).to.deep.equal(['Tanna 2023b', 'Tanna 2023a']);
    // Numeric id order (P9 before P10), three of a kind, and no letter for a label that is unique.
    const p9 = source('P9', 'Matsumoto K', 1996);
    const p10 = source('P10', 'Matsumoto K', 1996);
    const p100 = source('P100', 'Matsumoto K', 1996);
    expect(shortCitations([p100, p10, p31, p9])).to.deep.equal([
      'Matsumoto 1996c',
      'Matsumoto 1996b',
      'Tanna 2021',
      'Matsumoto 1996a',
    ]);
    // The same source listed twice keeps one label and does not count as a second work.
    expect(shortCitations([p30, p31, p30])).to.deep.equal(['Tanna 2023', 'Tanna 2021', 'Tanna 2023']);
    // Undated pages get the APA "n.d.-a" form.
    const undated = [source('R3', 'NIDA', null), source('R22', 'NIDA', null)];
    expect(shortCitations(undated)).to.deep.equal(['NIDA n.d.-a', 'NIDA n.d.-b']);
  });

  it('give every source of the evidence bibliography its own label, naming its authors', () => {
    const all = bibliography();
    const labels = all.map(bibliographyCitation);
    const duplicates = labels.filter((l, i) => labels.indexOf(l) !== i);
    expect(duplicates, 'labels shared by two sources').to.deep.equal([]);
    for (const s of all) {
      if (!s.authors.trim()) continue; // reported by the content check (every source needs authors)
      const name = citationName(s);
      expect(s.authors, `${s.id}: "${name}" comes from the authors`).to.contain(name);
      expect(bibliographyCitation(s), s.id).to.match(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
    }
    // The two Tanna 2023 papers the audit found shown with one label (F-m24).
    expect(bibliographyCitation(EVIDENCE_SOURCES['P30']!)).to.equal('Tanna 2023a');
    expect(bibliographyCitation(EVIDENCE_SOURCES['P32']!)).to.equal('Tanna 2023b');
  });
});

describe('short citations as a reader sees them in <kratom-alkaloid-explainer>', () => {
  async function explainer(): Promise<KratomAlkaloidExplainer> {
    const el = await fixture<KratomAlkaloidExplainer>(
      html`<kratom-alkaloid-explainer alkaloid="mitragynine"></kratom-alkaloid-explainer>`,
    );
    await settle(el);
    return el;
  }

  /** The visible label (screen-reader-only text left out) and source id of each short citation. */
  function citations(root: ParentNode): { id: string; label: string }[] {
    return [...root.querySelectorAll<HTMLElement>('[part~="claim-sources"] [data-source-id]')].map((node) => {
      const copy = node.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
      return { id: node.dataset.sourceId!, label: (copy.textContent ?? '').replace(/\s+/g, ' ').trim() };
    });
  }

  /** Each label names one source, and each source has one label. */
  function expectUnique(list: { id: string; label: string }[], where: string): void {
    const idOf = new Map<string, string>();
    const labelOf = new Map<string, string>();
    for (const { id, label } of list) {
      expect(label, `${where}: label of ${id}`).not.to.equal('');
      expect(idOf.get(label) ?? id, `${where}: "${label}" names two sources`).to.equal(id);
      expect(labelOf.get(id) ?? label, `${where}: ${id} shown with two labels`).to.equal(label);
      idOf.set(label, id);
      labelOf.set(id, label);
    }
  }

  /** At least two different sources in the list would share a label without the letters. */
  function expectsDisambiguation(list: { id: string }[], where: string): void {
    const ids = [...new Set(list.map((c) => c.id))];
    const bases = ids.map((id) => shortCitation(EVIDENCE_SOURCES[id]!));
    expect(new Set(bases).size, `${where}: no two sources share a name and year`).to.be.lessThan(ids.length);
  }

  it('are unique on the mitragynine card', async () => {
    const el = await explainer();
    const card = el.shadowRoot!.querySelector('[part~="panel"]')!;
    const list = citations(card);
    expect(list.length).to.be.greaterThan(1);
    expectsDisambiguation(list, 'mitragynine card');
    expectUnique(list, 'mitragynine card');
  });

  it('are unique in the NSAID-synergy correction', async () => {
    const el = await explainer();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"][data-section="corrections"]')!.click();
    await settle(el);
    const correction = el.shadowRoot!.querySelector<HTMLElement>('[data-correction="synergy-with-nsaids"]')!;
    expect(correction.closest('[hidden]')).to.equal(null);
    const list = citations(correction);
    expectsDisambiguation(list, 'NSAID correction');
    expectUnique(list, 'NSAID correction');
    const labels = list.map((c) => c.label);
    expect(
      labels.filter((l) => l === 'Tanna 2023'),
      'a bare "Tanna 2023"',
    ).to.deep.equal([]);
  });

  it('keep one label per source across the whole widget', async () => {
    const el = await explainer();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"][data-section="corrections"]')!.click();
    await settle(el);
    const list = citations(el.shadowRoot!);
    expect(list.length).to.be.greaterThan(10);
    expectUnique(list, 'explainer');
  });
});
