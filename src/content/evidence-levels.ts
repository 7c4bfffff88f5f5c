/**
 * The six evidence levels shown to readers, with plain names and one-line explanations.
 *
 * Order (EVIDENCE_LEVELS): a health authority's statement first, as a kind of source of its own,
 * then the study types from weakest to strongest. A statement from a health authority is not a
 * study and is never presented as stronger than a controlled trial.
 */
import { msg } from '@lit/localize';
import { EVIDENCE_LEVELS, type EvidenceLevel } from './types.js';

export { EVIDENCE_LEVELS };

/** The evidence levels that count as evidence from people (studies or reports in humans). */
export const HUMAN_LEVELS: ReadonlySet<EvidenceLevel> = new Set([
  'human-case-reports',
  'human-observational',
  'human-controlled',
]);

/** Short label for an evidence level (chip text). */
export function evidenceLevelLabel(level: EvidenceLevel): string {
  switch (level) {
    case 'in-vitro':
      return msg('Lab tests only', {
        id: 'content.evidence.in-vitro.label',
        desc: 'Evidence-level chip: the finding comes from lab tests only: cells, tissue or receptors in a dish (in vitro), or chemical tests of products. Keep it short (max ~20 characters).',
      });
    case 'animal':
      return msg('Animal studies', {
        id: 'content.evidence.animal.label',
        desc: 'Evidence-level chip: the finding comes from studies in rodents or other animals. Max ~20 characters.',
      });
    case 'human-case-reports':
      return msg('Case reports', {
        id: 'content.evidence.human-case-reports.label',
        desc: 'Evidence-level chip: the finding comes from reports about single patients or small groups of people. Max ~20 characters.',
      });
    case 'human-observational':
      return msg('Surveys of people', {
        id: 'content.evidence.human-observational.label',
        desc: 'Evidence-level chip: the finding comes from surveys or records of people (observational studies). Max ~20 characters.',
      });
    case 'human-controlled':
      return msg('Controlled trial', {
        id: 'content.evidence.human-controlled.label',
        desc: 'Evidence-level chip: the finding comes from a randomised or placebo-controlled study in people. Max ~20 characters.',
      });
    case 'regulator':
      return msg('Health authority', {
        id: 'content.evidence.regulator.label',
        desc: 'Evidence-level chip: the statement comes from a regulator or public-health body (FDA, CDC, WHO …) or its surveillance data. Max ~20 characters.',
      });
  }
}

/** One-line explanation of what an evidence level can and cannot show. */
export function evidenceLevelExplanation(level: EvidenceLevel): string {
  switch (level) {
    case 'in-vitro':
      return msg(
        'Tested in a lab: on cells or proteins in a dish, or by checking what is in a product. It does not show what happens in a body.',
        {
          id: 'content.evidence.in-vitro.explanation',
          desc: 'Legend line explaining the "lab tests only" evidence level: cells or proteins in a dish, or chemical tests of what a product contains. Keep the limitation clear.',
        },
      );
    case 'animal':
      return msg('Tested in mice or rats. Doses and effects may not match what happens in people.', {
        id: 'content.evidence.animal.explanation',
        desc: 'Legend line explaining the "animal studies" evidence level. Keep "may not match".',
      });
    case 'human-case-reports':
      return msg('Reports about single patients. They show something can happen, not how often or why.', {
        id: 'content.evidence.human-case-reports.explanation',
        desc: 'Legend line explaining the "case reports" evidence level.',
      });
    case 'human-observational':
      return msg('Surveys or records of people. They show links, not cause and effect.', {
        id: 'content.evidence.human-observational.explanation',
        desc: 'Legend line explaining the "surveys of people" (observational) evidence level.',
      });
    case 'human-controlled':
      return msg('A test in people that compares with a placebo or another group. The strongest kind of study here.', {
        id: 'content.evidence.human-controlled.explanation',
        desc: 'Legend line explaining the "controlled trial" evidence level. Keep "of study": a health authority statement is a different kind of source, not a weaker study.',
      });
    case 'regulator':
      return msg(
        'A statement or count from a health authority, such as the FDA, CDC or WHO. It is not a study, and it is not stronger than a trial.',
        {
          id: 'content.evidence.regulator.explanation',
          desc: 'Legend line explaining the "health authority" evidence level. Keep agency abbreviations. Keep both points: it is not a study, and it does not outrank a controlled trial.',
        },
      );
  }
}
