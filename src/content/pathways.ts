/**
 * The two lanes of the mechanism diagram: how kratom acts on opioid receptors, and where the
 * reported anti-inflammatory effects sit on the inflammation chain (cells and rodents only).
 *
 * Source ids are the bracket ids of research §6 (kratom-evidence.md). Steps whose general biology
 * has no dedicated source are tied to the kratom studies that measured or discussed that step;
 * their claims say what those studies did, not more.
 */
import { msg } from '@lit/localize';
import type { PathwayStep } from './types.js';

export const PATHWAY_STEPS: readonly PathwayStep[] = [
  // ---------------------------------------------------------------- opioid lane: main chain
  {
    id: 'opioid.leaf',
    pathway: 'opioid',
    kind: 'main',
    label: () =>
      msg('Kratom leaf', {
        id: 'content.pathway.opioid.leaf.label',
        desc: 'Mechanism diagram, opioid lane, first box: the plant material people take. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.opioid.leaf.claim',
      text: () =>
        msg(
          'The main active compound in kratom leaf is usually mitragynine. How much it has varies a lot from one product to the next.',
          {
            id: 'content.pathway.opioid.leaf.claim',
            desc: 'Caption for the "Kratom leaf" box of the mechanism diagram. Plain words for lay readers. Keep "usually" and the point that amounts vary a lot.',
          },
        ),
      level: 'in-vitro',
      sources: ['P24', 'P25', 'P10'],
      caveat: () =>
        msg('This comes from lab tests of leaves and products, not from studies of effects in people.', {
          id: 'content.pathway.opioid.leaf.caveat',
          desc: 'Short caveat under the "Kratom leaf" caption: the figures are chemical lab analyses, not studies of effects in people.',
        }),
    },
    scope: 'product-tests',
  },
  {
    id: 'opioid.mitragynine',
    pathway: 'opioid',
    kind: 'main',
    label: () =>
      msg('Mitragynine', {
        id: 'content.pathway.opioid.mitragynine.label',
        desc: 'Mechanism diagram, opioid lane: name of the main kratom alkaloid (proper noun; use the usual spelling in your language). SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.opioid.mitragynine.claim',
      text: () =>
        msg('In mice, much of the pain relief from mitragynine seems to come from 7-OH. The body makes 7-OH from it.', {
          id: 'content.pathway.opioid.mitragynine.claim',
          desc: 'Caption for the "Mitragynine" box. 7-OH is the short name of 7-hydroxymitragynine; keep it as is. Keep "In mice" and "seems": this is not proven in people.',
        }),
      level: 'animal',
      sources: ['P2', 'P11'],
    },
    scope: 'rodents-only',
  },
  {
    id: 'opioid.7-hydroxymitragynine',
    pathway: 'opioid',
    kind: 'main',
    label: () =>
      msg('7-hydroxymitragynine (7-OH)', {
        id: 'content.pathway.opioid.7-hydroxymitragynine.label',
        desc: 'Mechanism diagram, opioid lane: name of a kratom alkaloid and its short form 7-OH (proper nouns; keep 7-OH). SVG box label, at most 28 characters.',
      }),
    edgeLabel: () =>
      msg('Enzyme CYP3A4', {
        id: 'content.pathway.opioid.7-hydroxymitragynine.edge',
        desc: 'Mechanism diagram: label on the arrow from "Mitragynine" to "7-OH". CYP3A4 is the name of an enzyme in the gut and liver; keep it unchanged. Very short, at most 24 characters.',
      }),
    claim: {
      id: 'content.pathway.opioid.7-hydroxymitragynine.claim',
      text: () =>
        msg(
          'CYP3A4 is an enzyme in the gut and liver that breaks down many medicines. It turns some mitragynine into 7-OH, a stronger opioid. This was seen with human liver enzymes in the lab and in mice.',
          {
            id: 'content.pathway.opioid.7-hydroxymitragynine.claim',
            desc: 'Caption for the "7-OH" box. CYP3A4 is an enzyme name; keep it (the first sentence explains it in plain words). Keep that this was shown in the lab and in mice, not in people.',
          },
        ),
      level: 'animal',
      sources: ['P29', 'P2', 'P11', 'P1'],
      caveat: () =>
        msg('Other drugs that act on CYP3A4 might change how much 7-OH forms. This has not been tested in people.', {
          id: 'content.pathway.opioid.7-hydroxymitragynine.caveat',
          desc: 'Caveat under the "7-OH" caption. It is a guess from lab and mouse data. Keep "might" and "not been tested in people".',
        }),
    },
    // Human liver enzymes in a dish [P29] and mice [P2, P11]: lab and rodents (content audit F-m6).
    scope: 'lab-and-rodents',
  },
  {
    id: 'opioid.mu-receptor',
    pathway: 'opioid',
    kind: 'main',
    label: () =>
      msg('Mu-opioid receptor', {
        id: 'content.pathway.opioid.mu-receptor.label',
        desc: 'Mechanism diagram, opioid lane: the brain receptor that opioids act on. Use the usual medical term in your language. SVG box label, at most 28 characters.',
      }),
    edgeLabel: () =>
      msg('Partial agonist', {
        id: 'content.pathway.opioid.mu-receptor.edge',
        desc: 'Mechanism diagram: label of the arrow from 7-hydroxymitragynine to the mu-opioid receptor. Medical term for a drug that turns a receptor on only part of the way. At most 24 characters.',
      }),
    claim: {
      id: 'content.pathway.opioid.mu-receptor.claim',
      text: () =>
        msg(
          'In cell tests, 7-OH turns on the mu-opioid receptor, but only part of the way. This is called a partial agonist. For mitragynine, tests disagree. One study found the same. A second found that it blocks the receptor.',
          {
            id: 'content.pathway.opioid.mu-receptor.claim',
            desc: 'Caption for the "Mu-opioid receptor" box. "Partial agonist" is the technical term; use the usual term in your language. Keep "In cell tests" and both results for mitragynine.',
          },
        ),
      level: 'in-vitro',
      sources: ['P1', 'P6'],
    },
    scope: 'cells-only',
  },
  {
    id: 'opioid.g-protein',
    pathway: 'opioid',
    kind: 'main',
    label: () =>
      msg('G-protein signalling', {
        id: 'content.pathway.opioid.g-protein.label',
        desc: 'Mechanism diagram, opioid lane: the signal the receptor sends inside the cell. "G-protein" is a technical term; keep it. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.opioid.g-protein.claim',
      text: () =>
        msg(
          'The receptor then passes its signal on inside the cell through G-proteins. In cell tests, kratom compounds used this route.',
          {
            id: 'content.pathway.opioid.g-protein.claim',
            desc: 'Caption for the "G-protein signalling" box. Keep "In cell tests".',
          },
        ),
      level: 'in-vitro',
      sources: ['P1'],
    },
    scope: 'cells-only',
  },
  {
    id: 'opioid.less-pain',
    pathway: 'opioid',
    kind: 'main',
    label: () =>
      msg('Less pain signalling', {
        id: 'content.pathway.opioid.less-pain.label',
        desc: 'Mechanism diagram, opioid lane, last box: the effect on pain signals. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.opioid.less-pain.claim',
      text: () =>
        msg(
          'In mice, this dulls pain, and the opioid blocker naloxone undoes it. In people, one small study found kratom tea let users keep a hand in ice water longer than a placebo did.',
          {
            id: 'content.pathway.opioid.less-pain.claim',
            desc: 'Caption for the "Less pain signalling" box. Naloxone is a drug name. A placebo is a dummy treatment. Keep "In mice" and "one small study"; do not make the result sound stronger.',
          },
        ),
      level: 'human-controlled',
      sources: ['H1', 'P14', 'P15'],
      caveat: () =>
        msg(
          'That study had 26 healthy men who had used kratom daily for years. They were tested after 10 to 20 hours without kratom, so some of the effect may have been relief from withdrawal. No trial has tested kratom in people with long-term pain.',
          {
            id: 'content.pathway.opioid.less-pain.caveat',
            desc: 'Caveat under the "Less pain signalling" caption: limits of the only human pain study. Keep the number 26, "10 to 20 hours without kratom", "may have been" and the last limit.',
          },
        ),
    },
    scope: 'people',
  },

  // ---------------------------------------------------------------- opioid lane: branches
  {
    id: 'opioid.beta-arrestin',
    pathway: 'opioid',
    kind: 'branch',
    from: 'opioid.g-protein',
    label: () =>
      msg('β-arrestin: low in cells', {
        id: 'content.pathway.opioid.beta-arrestin.label',
        desc: 'Mechanism diagram, side box next to "G-protein signalling". β-arrestin is a protein name; keep it. "Low in cells" means little of it was recruited in cell tests. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.opioid.beta-arrestin.claim',
      text: () =>
        msg(
          'In cell tests, kratom compounds barely called in a second protein, β-arrestin. Some say this makes them safer than morphine. But experts disagree, and it is not proven in people.',
          {
            id: 'content.pathway.opioid.beta-arrestin.claim',
            desc: 'Caption for the "β-arrestin" side box. β-arrestin is a protein name; keep it. Keep "experts disagree" and "not proven in people"; do not make it sound safer.',
          },
        ),
      level: 'in-vitro',
      sources: ['P1', 'P5', 'P5b'],
    },
    scope: 'cells-only',
  },
  {
    id: 'opioid.breathing',
    pathway: 'opioid',
    kind: 'branch',
    from: 'opioid.7-hydroxymitragynine',
    label: () =>
      msg('Slowed breathing', {
        id: 'content.pathway.opioid.breathing.label',
        desc: 'Mechanism diagram, side box next to "7-OH": breathing that gets slow and shallow, a main danger of opioids. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.opioid.breathing.claim',
      text: () =>
        msg(
          'In mice, 7-OH slowed breathing more and more as the dose went up, with no limit seen. The effect of mitragynine stopped rising at higher doses.',
          {
            id: 'content.pathway.opioid.breathing.claim',
            desc: 'Caption for the "Slowed breathing" side box. Keep "In mice". This is a warning; do not soften it.',
          },
        ),
      level: 'animal',
      sources: ['P11'],
      caveat: () =>
        msg(
          'This limit has not been shown in people. It would not protect people who take strong 7-OH products or mix kratom with other drugs that slow breathing.',
          {
            id: 'content.pathway.opioid.breathing.caveat',
            desc: 'Caveat under the "Slowed breathing" caption. Keep both points; do not soften the warning.',
          },
        ),
    },
    scope: 'rodents-only',
  },
  {
    id: 'opioid.dependence',
    pathway: 'opioid',
    kind: 'branch',
    from: 'opioid.mu-receptor',
    label: () =>
      msg('Dependence and withdrawal', {
        id: 'content.pathway.opioid.dependence.label',
        desc: 'Mechanism diagram, side box next to "Mu-opioid receptor": the body gets used to the drug and feels sick without it. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.opioid.dependence.claim',
      text: () =>
        msg(
          'In studies of daily users in Malaysia, most showed signs of dependence. They had withdrawal when they stopped. In mice, 7-OH caused withdrawal and a need for more, like morphine.',
          {
            id: 'content.pathway.opioid.dependence.claim',
            desc: 'Caption for the "Dependence and withdrawal" side box. "A need for more" renders tolerance (needing more for the same effect). Keep "in Malaysia" and "In mice".',
          },
        ),
      level: 'human-observational',
      sources: ['S5', 'S7', 'P16', 'S1'],
      caveat: () =>
        msg(
          'These were surveys, not trials. In a large US online survey, far fewer people met the criteria for a kratom use disorder.',
          {
            id: 'content.pathway.opioid.dependence.caveat',
            desc: 'Caveat under the "Dependence and withdrawal" caption: the study type and a contrasting US survey result.',
          },
        ),
    },
    scope: 'people',
  },

  // ---------------------------------------------------------------- inflammation lane: main chain
  // General biology of this chain has no dedicated source in the research. Each main step cites
  // the kratom studies that used or measured that step, and says only what they did.
  {
    id: 'inflammation.tissue-injury',
    pathway: 'inflammation',
    kind: 'main',
    label: () =>
      msg('Tissue injury', {
        id: 'content.pathway.inflammation.tissue-injury.label',
        desc: 'Mechanism diagram, inflammation lane, first box: damage to body tissue that starts inflammation. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.inflammation.tissue-injury.claim',
      text: () =>
        msg(
          'Injury or germs can start inflammation. Kratom studies copied this in mouse cells with a germ toxin, or in rats and mice with an irritant.',
          {
            id: 'content.pathway.inflammation.tissue-injury.claim',
            desc: 'Caption for the "Tissue injury" box. Describes how the lab studies set up inflammation. Keep "mouse cells" and "rats and mice".',
          },
        ),
      level: 'animal',
      sources: ['P19', 'P20', 'P22', 'P23'],
    },
    // Mouse cells in a dish [P19, P20] and rats and mice [P22, P23].
    scope: 'lab-and-rodents',
  },
  {
    id: 'inflammation.cox2',
    pathway: 'inflammation',
    kind: 'main',
    label: () =>
      msg('COX-2 enzyme', {
        id: 'content.pathway.inflammation.cox2.label',
        desc: 'Mechanism diagram, inflammation lane: an enzyme that inflamed cells make. COX-2 is a name; keep it. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.inflammation.cox2.claim',
      text: () =>
        msg(
          'Inflamed cells make more of an enzyme called COX-2. Kratom lab studies measured it in mouse immune cells.',
          {
            id: 'content.pathway.inflammation.cox2.claim',
            desc: 'Caption for the "COX-2" box. COX-2 is an enzyme name; keep it. Keep "mouse immune cells".',
          },
        ),
      level: 'in-vitro',
      sources: ['P19', 'P20'],
    },
    scope: 'cells-only',
  },
  {
    id: 'inflammation.pge2',
    pathway: 'inflammation',
    kind: 'main',
    label: () =>
      msg('Prostaglandin E2 (PGE2)', {
        id: 'content.pathway.inflammation.pge2.label',
        desc: 'Mechanism diagram, inflammation lane: a signal molecule of inflammation and its short form PGE2 (keep PGE2). SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.inflammation.pge2.claim',
      text: () =>
        msg('COX-2 helps make a signal of inflammation, PGE2. One kratom study measured it in the same mouse cells.', {
          id: 'content.pathway.inflammation.pge2.claim',
          desc: 'Caption for the "PGE2" box. PGE2 is short for prostaglandin E2; keep it. Keep "mouse cells".',
        }),
      level: 'in-vitro',
      sources: ['P19'],
    },
    scope: 'cells-only',
  },
  {
    id: 'inflammation.nerves',
    pathway: 'inflammation',
    kind: 'main',
    label: () =>
      msg('Sensitised pain nerves', {
        id: 'content.pathway.inflammation.nerves.label',
        desc: 'Mechanism diagram, inflammation lane, last box: pain nerves that react more easily because of inflammation. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.inflammation.nerves.claim',
      text: () =>
        msg(
          'Inflammation can make pain nerves more sensitive, so things hurt more. One kratom study in rats and mice tested pain as well as swelling.',
          {
            id: 'content.pathway.inflammation.nerves.claim',
            desc: 'Caption for the "Sensitised pain nerves" box. Keep "in rats and mice".',
          },
        ),
      level: 'animal',
      sources: ['P22'],
    },
    scope: 'rodents-only',
  },

  // ---------------------------------------------------------------- inflammation lane: branches
  {
    id: 'inflammation.swelling',
    pathway: 'inflammation',
    kind: 'branch',
    from: 'inflammation.tissue-injury',
    label: () =>
      msg('Less swelling in rodents', {
        id: 'content.pathway.inflammation.swelling.label',
        desc: 'Mechanism diagram, side box next to "Tissue injury": a result seen only in rats and mice. Keep "in rodents". SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.inflammation.swelling.claim',
      text: () =>
        msg(
          'Kratom leaf extract eased paw swelling in rats and ear swelling in mice. This was only in rodents, not in people.',
          {
            id: 'content.pathway.inflammation.swelling.claim',
            desc: 'Caption for the "Less swelling in rodents" side box. Keep "only in rodents, not in people".',
          },
        ),
      level: 'animal',
      sources: ['P22', 'P23'],
      caveat: () =>
        msg('The rats got high doses injected into the belly, not taken by mouth. The mouse study was very small.', {
          id: 'content.pathway.inflammation.swelling.caveat',
          desc: 'Caveat under the "Less swelling in rodents" caption: why these results may not apply to people. Keep both points.',
        }),
    },
    scope: 'rodents-only',
  },
  {
    id: 'inflammation.cytokines',
    pathway: 'inflammation',
    kind: 'branch',
    from: 'inflammation.tissue-injury',
    label: () =>
      msg("Cytokines: cat's claw data", {
        id: 'content.pathway.inflammation.cytokines.label',
        desc: 'Mechanism diagram, side box next to "Tissue injury". Cytokines are signal proteins of inflammation. Cat\'s claw (Uncaria tomentosa) is a different plant from kratom; use its common name in your language. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.inflammation.cytokines.claim',
      text: () =>
        msg(
          "Mice fed mitraphylline had less of some cytokines. These are signals of inflammation. But it came from cat's claw, a plant that is not kratom.",
          {
            id: 'content.pathway.inflammation.cytokines.claim',
            desc: "Caption for the cytokines side box. Mitraphylline is a compound name; keep it. Cat's claw is a different plant; keep that point clear.",
          },
        ),
      level: 'animal',
      sources: ['P21'],
    },
    scope: 'rodents-only',
  },
  {
    id: 'inflammation.mitragynine-cox2',
    pathway: 'inflammation',
    kind: 'branch',
    from: 'inflammation.cox2',
    label: () =>
      msg('Mitragynine lowered COX-2', {
        id: 'content.pathway.inflammation.mitragynine-cox2.label',
        desc: 'Mechanism diagram, side box next to "COX-2": a lab result in cells. Keep the names mitragynine and COX-2. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.inflammation.mitragynine-cox2.claim',
      text: () =>
        msg('In mouse immune cells in a dish, mitragynine lowered COX-2. This was only in cells, not in people.', {
          id: 'content.pathway.inflammation.mitragynine-cox2.claim',
          desc: 'Caption for the "Mitragynine lowered COX-2" side box. Keep "only in cells, not in people".',
        }),
      level: 'in-vitro',
      sources: ['P19'],
      caveat: () =>
        msg('No one has shown that the amounts used in cells reach human tissue.', {
          id: 'content.pathway.inflammation.mitragynine-cox2.caveat',
          desc: 'Caveat under the "Mitragynine lowered COX-2" caption. Keep it as a clear limit.',
        }),
    },
    scope: 'cells-only',
  },
  {
    id: 'inflammation.extract-cox2',
    pathway: 'inflammation',
    kind: 'branch',
    from: 'inflammation.cox2',
    label: () =>
      msg('Leaf extract blocked COX-2', {
        id: 'content.pathway.inflammation.extract-cox2.label',
        desc: 'Mechanism diagram, side box next to "COX-2": a lab result in cells. Keep COX-2. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.inflammation.extract-cox2.claim',
      text: () =>
        msg(
          'In mouse immune cells, a leaf extract rich in alkaloids blocked COX-2 and a related enzyme, 5-LOX. Above 25 ppm it harmed the cells.',
          {
            id: 'content.pathway.inflammation.extract-cox2.claim',
            desc: 'Caption for the "Leaf extract blocked COX-2" side box. 5-LOX is an enzyme name; ppm means parts per million; keep both. Keep the point that higher amounts harmed the cells.',
          },
        ),
      level: 'in-vitro',
      sources: ['P20'],
      caveat: () =>
        msg(
          'This study is a preprint, so other experts may not have checked it. A cruder extract with less mitragynine did not block COX-2.',
          {
            id: 'content.pathway.inflammation.extract-cox2.caveat',
            desc: 'Caveat under the "Leaf extract blocked COX-2" caption. A preprint is a study shared before review by other scientists. Keep both points.',
          },
        ),
    },
    scope: 'cells-only',
  },
  {
    id: 'inflammation.mitragynine-pge2',
    pathway: 'inflammation',
    kind: 'branch',
    from: 'inflammation.pge2',
    label: () =>
      msg('Mitragynine lowered PGE2', {
        id: 'content.pathway.inflammation.mitragynine-pge2.label',
        desc: 'Mechanism diagram, side box next to "PGE2": a lab result in cells. Keep the names mitragynine and PGE2. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.inflammation.mitragynine-pge2.claim',
      text: () =>
        msg('In the same mouse cells, mitragynine also lowered PGE2. This was only in cells, not in people.', {
          id: 'content.pathway.inflammation.mitragynine-pge2.claim',
          desc: 'Caption for the "Mitragynine lowered PGE2" side box. Keep "only in cells, not in people".',
        }),
      level: 'in-vitro',
      sources: ['P19'],
    },
    scope: 'cells-only',
  },
  {
    id: 'inflammation.no-human-evidence',
    pathway: 'inflammation',
    kind: 'branch',
    from: 'inflammation.nerves',
    label: () =>
      msg('No human evidence', {
        id: 'content.pathway.inflammation.no-human-evidence.label',
        desc: 'Mechanism diagram, last side box of the inflammation lane: no study in people supports these effects. Must stay clear and visible. SVG box label, at most 28 characters.',
      }),
    claim: {
      id: 'content.pathway.inflammation.no-human-evidence.claim',
      text: () =>
        msg(
          'No study has tested kratom on inflammation in people. Every effect in this lane was seen only in cells or in rats and mice.',
          {
            id: 'content.pathway.inflammation.no-human-evidence.claim',
            desc: 'Caption for the "No human evidence" box. This is the key limit of the whole inflammation lane; keep it plain and firm, do not soften it.',
          },
        ),
      level: 'animal',
      sources: ['P19', 'P20', 'P21', 'P22', 'P23'],
    },
    scope: 'no-human-evidence',
  },
];
