/** The step-through order of the mechanism diagram: which lanes are shown and in which order the steps come. */
import { PATHWAY_STEPS } from '../../content/pathways.js';
import { PATHWAYS, type PathwayId, type PathwayStep } from '../../content/types.js';

/** Which lanes the diagram shows. */
export type MechanismPathway = PathwayId | 'both';

/** One step in step-through order, with its 0-based position. */
export interface OrderedStep {
  readonly step: PathwayStep;
  readonly index: number;
  /** The main step a branch hangs from (branches only). */
  readonly parent?: PathwayStep;
  /** The main step before this one in its lane (main steps after the first only). */
  readonly previousMain?: PathwayStep;
}

/** The lanes shown for `pathway`, in order (opioid first). */
export function lanesFor(pathway: MechanismPathway): readonly PathwayId[] {
  return pathway === 'opioid' || pathway === 'inflammation' ? [pathway] : PATHWAYS;
}

/**
 * The step-through order: lane by lane (opioid first when both are shown); in each lane the main
 * chain in order, each main step followed right away by the side steps that hang from it (in
 * content order). Side steps whose parent is missing come last in their lane.
 */
export function mechanismStepOrder(pathway: MechanismPathway = 'both'): OrderedStep[] {
  const out: OrderedStep[] = [];
  for (const lane of lanesFor(pathway)) {
    const steps = PATHWAY_STEPS.filter((s) => s.pathway === lane);
    const mains = steps.filter((s) => s.kind === 'main');
    const placed = new Set<string>();
    let previousMain: PathwayStep | undefined;
    for (const main of mains) {
      out.push({ step: main, index: out.length, previousMain });
      placed.add(main.id);
      for (const branch of steps.filter((s) => s.kind === 'branch' && s.from === main.id)) {
        out.push({ step: branch, index: out.length, parent: main });
        placed.add(branch.id);
      }
      previousMain = main;
    }
    for (const orphan of steps.filter((s) => !placed.has(s.id))) out.push({ step: orphan, index: out.length });
  }
  return out;
}
