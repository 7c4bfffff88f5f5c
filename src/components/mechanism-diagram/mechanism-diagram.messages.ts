/**
 * The diagram's localised words, as functions (msg() must run at render time, in the active
 * locale): lane names, evidence scopes, line styles, arrow labels, the figure caption, the banner
 * and the step summary that is announced.
 */
import { msg, str } from '@lit/localize';
import { formatNumber, pluralCategory } from '../../shared/format.js';
import { evidenceLevelLabel } from '../../content/evidence-levels.js';
import type { EvidenceLevel, EvidenceScope, PathwayId } from '../../content/types.js';
import type { MechanismPathway, OrderedStep } from './step-order.js';

/** The title of a lane. */
export function laneName(lane: PathwayId): string {
  return lane === 'opioid'
    ? msg('Opioid pathway', {
        id: 'mechanismDiagram.lane.opioid',
        desc: 'Title of the mechanism diagram lane about the mu-opioid receptor. Short, at most 30 characters.',
      })
    : msg('Inflammation (lab and animal findings only)', {
        id: 'mechanismDiagram.lane.inflammation',
        desc: 'Title of the mechanism diagram lane about inflammation (COX-2, prostaglandins). Keep "lab and animal findings only": nothing in this lane was shown in people. Short, at most 45 characters.',
      });
}

/** Short localised label of how far the evidence for a step reaches (shown inside each box). */

/** Short localised label of how far the evidence for a step reaches (shown inside each box). */
export function scopeLabel(scope: EvidenceScope): string {
  switch (scope) {
    case 'cells-only':
      return msg('Cells only', {
        id: 'mechanismDiagram.scope.cells-only',
        desc: 'Tag inside a mechanism diagram box: the evidence for this step comes only from cells in a lab dish. At most 22 characters.',
      });
    case 'rodents-only':
      return msg('Rodents only', {
        id: 'mechanismDiagram.scope.rodents-only',
        desc: 'Tag inside a mechanism diagram box: the evidence for this step comes only from rats or mice. At most 22 characters.',
      });
    case 'lab-and-rodents':
      return msg('Lab and rodents only', {
        id: 'mechanismDiagram.scope.lab-and-rodents',
        desc: 'Tag inside a mechanism diagram box: the evidence for this step comes only from lab tests (cells or enzymes in a dish) and from rats or mice, not from people. At most 22 characters.',
      });
    case 'people':
      return msg('People', {
        id: 'mechanismDiagram.scope.people',
        desc: 'Tag inside a mechanism diagram box: this step concerns people (what people take, or findings in people). At most 22 characters.',
      });
    case 'product-tests':
      return msg('Product lab tests', {
        id: 'mechanismDiagram.scope.product-tests',
        desc: 'Tag inside a mechanism diagram box: this comes from lab analysis of leaves and products (what is in them), not from effects. At most 22 characters.',
      });
    case 'no-human-evidence':
      return msg('No human evidence', {
        id: 'mechanismDiagram.scope.no-human-evidence',
        desc: 'Tag inside a mechanism diagram box: no study in people supports this. Must stay firm. At most 22 characters.',
      });
  }
}

/** "Arrow: …" — the label of the arrow into a step, in the caption and the list. */
export function arrowText(label: string): string {
  return msg(str`Arrow: ${label}`, {
    id: 'mechanismDiagram.caption.edge',
    desc: 'Caption and list line giving the label of the arrow into a box. Placeholder: arrow label (e.g. "Enzyme CYP3A4").',
  });
}

/** Words for the line style that marks an evidence level (the legend says it next to a sample). */
export function lineStyleName(level: EvidenceLevel): string {
  switch (level) {
    case 'regulator':
      return msg('Dash-dot line', {
        id: 'mechanismDiagram.line.regulator',
        desc: "Legend: the line style used for a health authority's statement (dashes and dots in turn, normal width). Short.",
      });
    case 'human-controlled':
      return msg('Solid line', {
        id: 'mechanismDiagram.line.human-controlled',
        desc: 'Legend: the line style used for controlled-trial evidence. Short.',
      });
    case 'human-observational':
      return msg('Long dashes', {
        id: 'mechanismDiagram.line.human-observational',
        desc: 'Legend: the line style used for evidence from surveys of people. Short.',
      });
    case 'human-case-reports':
      return msg('Short dashes', {
        id: 'mechanismDiagram.line.human-case-reports',
        desc: 'Legend: the line style used for case-report evidence. Short.',
      });
    case 'animal':
      return msg('Dotted line', {
        id: 'mechanismDiagram.line.animal',
        desc: 'Legend: the line style used for animal-study evidence. Short.',
      });
    case 'in-vitro':
      return msg('Sparse dots', {
        id: 'mechanismDiagram.line.in-vitro',
        desc: 'Legend: the line style used for lab-cell evidence (widely spaced dots). Short.',
      });
  }
}

/** The announced description of a step (also read when the diagram gets focus). */
export function stepSummary(ordered: OrderedStep, total: number): string {
  const { step } = ordered;
  return msg(
    str`Step ${formatNumber(ordered.index + 1)} of ${formatNumber(total)}, ${laneName(step.pathway)}: ${step.label()}. Evidence: ${evidenceLevelLabel(step.claim.level)}. ${scopeLabel(step.scope)}.`,
    {
      id: 'mechanismDiagram.step.summary',
      desc: 'Announced when the reader moves to a step, and read when the diagram gets focus. Placeholders: step number, total steps, lane title, box label, evidence level name, evidence scope tag (e.g. "Cells only").',
    },
  );
}

/** The short description of the diagram (figure caption) for the lanes shown. */
export function summaryText(pathway: MechanismPathway): string {
  switch (pathway) {
    case 'opioid':
      return msg(
        "How kratom's alkaloids are thought to act on the mu-opioid receptor. Each box and arrow shows how strong the evidence for that step is.",
        {
          id: 'mechanismDiagram.summary.opioid',
          desc: 'Short description (figure caption) of the diagram when only the opioid lane is shown.',
        },
      );
    case 'inflammation':
      return msg(
        'Where lab and animal findings on kratom and inflammation sit on the chain from injury to pain. None of them was shown in people. Each box and arrow shows how strong the evidence for that step is.',
        {
          id: 'mechanismDiagram.summary.inflammation',
          desc: 'Short description (figure caption) of the diagram when only the inflammation lane is shown. Keep "lab and animal findings" and "none ... in people".',
        },
      );
    default:
      return msg(
        "How kratom's alkaloids are thought to act on the mu-opioid receptor, and where lab and animal findings on inflammation sit. None of the inflammation findings was shown in people. Each box and arrow shows how strong the evidence for that step is.",
        {
          id: 'mechanismDiagram.summary.both',
          desc: 'Short description (figure caption) of the diagram with both lanes. Keep "lab and animal findings" and "none ... in people".',
        },
      );
  }
}

/** The banner line that says how many of the `total` steps shown have evidence from people; undefined when all do. */
export function humanStepsText(human: number, total: number): string | undefined {
  if (human === 0) {
    return msg(str`None of these ${formatNumber(total)} steps has evidence from studies in people.`, {
      id: 'mechanismDiagram.banner.humanSteps.none',
      desc: 'Banner line under "How it may work is not proof…" when no step shown has evidence from people. Placeholder: number of steps.',
    });
  }
  if (human < total) {
    return pluralCategory(human) === 'one'
      ? msg(
          str`Only ${formatNumber(human)} of these ${formatNumber(total)} steps has evidence from studies in people.`,
          {
            id: 'mechanismDiagram.banner.humanSteps.one',
            desc: 'Banner line (singular form of the first number). Placeholders: number of steps with evidence from people, total number of steps.',
          },
        )
      : msg(
          str`Only ${formatNumber(human)} of these ${formatNumber(total)} steps have evidence from studies in people.`,
          {
            id: 'mechanismDiagram.banner.humanSteps.other',
            desc: 'Banner line (plural form of the first number). Placeholders: number of steps with evidence from people, total number of steps.',
          },
        );
  }
  return undefined;
}
