/**
 * Message tables of <kratom-risk-checklist>: group and severity labels and the plural families of
 * the summary. msg() is called only inside these functions, so each call reads the active locale.
 */
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../shared/format.js';
import type { Risk, RiskGroup, Severity } from '../../content/types.js';
import { choosePlural, highestOf, type PluralForms } from './risk-checklist.helpers.js';

/** The heading of a group of statements. */
export function groupLabel(group: RiskGroup): string {
  switch (group) {
    case 'substances':
      return msg('Other medicines and substances', {
        id: 'riskChecklist.group.substances',
        desc: 'Risk self-check: heading of the group of statements about medicines, alcohol and drugs taken with kratom.',
      });
    case 'conditions':
      return msg('Health conditions', {
        id: 'riskChecklist.group.conditions',
        desc: 'Risk self-check: heading of the group of statements about illnesses (liver, heart, seizures, mental health).',
      });
    case 'life-stage':
      return msg('Pregnancy and age', {
        id: 'riskChecklist.group.lifeStage',
        desc: 'Risk self-check: heading of the group of statements about pregnancy, breastfeeding and being under 18.',
      });
    case 'use':
      return msg('How you use it', {
        id: 'riskChecklist.group.use',
        desc: 'Risk self-check: heading of the group of statements about how and why the reader uses kratom.',
      });
    case 'product':
      return msg('The product', {
        id: 'riskChecklist.group.product',
        desc: 'Risk self-check: heading of the group of statements about the kratom product itself (strength, 7-OH, contamination).',
      });
  }
}

/** The short label of a severity (shown with its icon). */
export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'urgent':
      return msg('Get help now', {
        id: 'riskChecklist.severity.urgent',
        desc: 'Risk self-check: severity label of an item that needs emergency help. Short (max ~30 characters).',
      });
    case 'prompt':
      return msg('Serious: act now', {
        id: 'riskChecklist.severity.prompt',
        desc: 'Risk self-check: severity label of a serious item (do not combine, avoid, or see a doctor promptly). Short (max ~30 characters).',
      });
    case 'before-use':
      return msg('Talk to a doctor first', {
        id: 'riskChecklist.severity.beforeUse',
        desc: 'Risk self-check: severity label of an item where the reader should talk to a doctor before any use. Short (max ~30 characters).',
      });
    case 'caution':
      return msg('Be cautious', {
        id: 'riskChecklist.severity.caution',
        desc: 'Risk self-check: severity label of an item that calls for caution. Short (max ~30 characters).',
      });
  }
}

// ----------------------------------------------------------------------------- plural messages

/** "n of total statements apply to you", one message per plural category. */
export function countForms(n: string, total: string): PluralForms {
  return {
    zero: () =>
      msg(str`${n} of ${total} statements apply to you.`, {
        id: 'riskChecklist.summary.count.zero',
        desc: 'Risk self-check summary (live region): how many statements the reader ticked. Placeholders: the number ticked, then the number shown. Plural category "zero" (used by e.g. Arabic for 0; English never uses it). The category follows the first number.',
      }),
    one: () =>
      msg(str`${n} of ${total} statements applies to you.`, {
        id: 'riskChecklist.summary.count.one',
        desc: 'Risk self-check summary (live region): how many statements the reader ticked. Placeholders: the number ticked, then the number shown. Plural category "one" (e.g. 1 in English). The category follows the first number.',
      }),
    two: () =>
      msg(str`${n} of ${total} statements apply to you.`, {
        id: 'riskChecklist.summary.count.two',
        desc: 'Risk self-check summary (live region): how many statements the reader ticked. Placeholders: the number ticked, then the number shown. Plural category "two" (used by e.g. Arabic; English never uses it). The category follows the first number.',
      }),
    few: () =>
      msg(str`${n} of ${total} statements apply to you.`, {
        id: 'riskChecklist.summary.count.few',
        desc: 'Risk self-check summary (live region): how many statements the reader ticked. Placeholders: the number ticked, then the number shown. Plural category "few" (e.g. 2–4 in Polish; English never uses it). The category follows the first number.',
      }),
    many: () =>
      msg(str`${n} of ${total} statements apply to you.`, {
        id: 'riskChecklist.summary.count.many',
        desc: 'Risk self-check summary (live region): how many statements the reader ticked. Placeholders: the number ticked, then the number shown. Plural category "many" (e.g. 5–21 in Polish; English never uses it). The category follows the first number.',
      }),
    other: () =>
      msg(str`${n} of ${total} statements apply to you.`, {
        id: 'riskChecklist.summary.count.other',
        desc: 'Risk self-check summary (live region): how many statements the reader ticked. Placeholders: the number ticked, then the number shown. Plural category "other" (e.g. 0, 2, 3 … in English). The category follows the first number.',
      }),
  };
}

/** What the most serious ticked answers mean, for `n` answers at that severity. */
export function severityForms(severity: Severity, n: string): PluralForms {
  switch (severity) {
    case 'urgent':
      return {
        zero: () =>
          msg(str`${n} of your answers mean you should get medical help now.`, {
            id: 'riskChecklist.summary.urgent.zero',
            desc: 'Risk self-check summary (live region) when the most serious ticked answer needs emergency help. Placeholder: how many answers. Do not soften. Plural category "zero" (used by e.g. Arabic for 0; English never uses it).',
          }),
        one: () =>
          msg(str`${n} of your answers means you should get medical help now.`, {
            id: 'riskChecklist.summary.urgent.one',
            desc: 'Risk self-check summary (live region) when the most serious ticked answer needs emergency help. Placeholder: how many answers. Do not soften. Plural category "one" (e.g. 1 in English).',
          }),
        two: () =>
          msg(str`${n} of your answers mean you should get medical help now.`, {
            id: 'riskChecklist.summary.urgent.two',
            desc: 'Risk self-check summary (live region) when the most serious ticked answer needs emergency help. Placeholder: how many answers. Do not soften. Plural category "two" (used by e.g. Arabic; English never uses it).',
          }),
        few: () =>
          msg(str`${n} of your answers mean you should get medical help now.`, {
            id: 'riskChecklist.summary.urgent.few',
            desc: 'Risk self-check summary (live region) when the most serious ticked answer needs emergency help. Placeholder: how many answers. Do not soften. Plural category "few" (e.g. 2–4 in Polish; English never uses it).',
          }),
        many: () =>
          msg(str`${n} of your answers mean you should get medical help now.`, {
            id: 'riskChecklist.summary.urgent.many',
            desc: 'Risk self-check summary (live region) when the most serious ticked answer needs emergency help. Placeholder: how many answers. Do not soften. Plural category "many" (e.g. 5–21 in Polish; English never uses it).',
          }),
        other: () =>
          msg(str`${n} of your answers mean you should get medical help now.`, {
            id: 'riskChecklist.summary.urgent.other',
            desc: 'Risk self-check summary (live region) when the most serious ticked answer needs emergency help. Placeholder: how many answers. Do not soften. Plural category "other" (e.g. 0, 2, 3 … in English).',
          }),
      };
    case 'prompt':
      return {
        zero: () =>
          msg(str`${n} of your answers are serious: do what each one says now, and talk to a doctor promptly.`, {
            id: 'riskChecklist.summary.prompt.zero',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers are serious (do not combine, avoid, stop and see a doctor promptly). Placeholder: how many answers. Do not soften. Plural category "zero" (used by e.g. Arabic for 0; English never uses it).',
          }),
        one: () =>
          msg(str`${n} of your answers is serious: do what it says now, and talk to a doctor promptly.`, {
            id: 'riskChecklist.summary.prompt.one',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers are serious (do not combine, avoid, stop and see a doctor promptly). Placeholder: how many answers. Do not soften. Plural category "one" (e.g. 1 in English).',
          }),
        two: () =>
          msg(str`${n} of your answers are serious: do what each one says now, and talk to a doctor promptly.`, {
            id: 'riskChecklist.summary.prompt.two',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers are serious (do not combine, avoid, stop and see a doctor promptly). Placeholder: how many answers. Do not soften. Plural category "two" (used by e.g. Arabic; English never uses it).',
          }),
        few: () =>
          msg(str`${n} of your answers are serious: do what each one says now, and talk to a doctor promptly.`, {
            id: 'riskChecklist.summary.prompt.few',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers are serious (do not combine, avoid, stop and see a doctor promptly). Placeholder: how many answers. Do not soften. Plural category "few" (e.g. 2–4 in Polish; English never uses it).',
          }),
        many: () =>
          msg(str`${n} of your answers are serious: do what each one says now, and talk to a doctor promptly.`, {
            id: 'riskChecklist.summary.prompt.many',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers are serious (do not combine, avoid, stop and see a doctor promptly). Placeholder: how many answers. Do not soften. Plural category "many" (e.g. 5–21 in Polish; English never uses it).',
          }),
        other: () =>
          msg(str`${n} of your answers are serious: do what each one says now, and talk to a doctor promptly.`, {
            id: 'riskChecklist.summary.prompt.other',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers are serious (do not combine, avoid, stop and see a doctor promptly). Placeholder: how many answers. Do not soften. Plural category "other" (e.g. 0, 2, 3 … in English).',
          }),
      };
    case 'before-use':
      return {
        zero: () =>
          msg(str`${n} of your answers mean you should talk to a doctor before using kratom.`, {
            id: 'riskChecklist.summary.beforeUse.zero',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers mean "talk to a doctor before using kratom". Placeholder: how many answers. Plural category "zero" (used by e.g. Arabic for 0; English never uses it).',
          }),
        one: () =>
          msg(str`${n} of your answers means you should talk to a doctor before using kratom.`, {
            id: 'riskChecklist.summary.beforeUse.one',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers mean "talk to a doctor before using kratom". Placeholder: how many answers. Plural category "one" (e.g. 1 in English).',
          }),
        two: () =>
          msg(str`${n} of your answers mean you should talk to a doctor before using kratom.`, {
            id: 'riskChecklist.summary.beforeUse.two',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers mean "talk to a doctor before using kratom". Placeholder: how many answers. Plural category "two" (used by e.g. Arabic; English never uses it).',
          }),
        few: () =>
          msg(str`${n} of your answers mean you should talk to a doctor before using kratom.`, {
            id: 'riskChecklist.summary.beforeUse.few',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers mean "talk to a doctor before using kratom". Placeholder: how many answers. Plural category "few" (e.g. 2–4 in Polish; English never uses it).',
          }),
        many: () =>
          msg(str`${n} of your answers mean you should talk to a doctor before using kratom.`, {
            id: 'riskChecklist.summary.beforeUse.many',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers mean "talk to a doctor before using kratom". Placeholder: how many answers. Plural category "many" (e.g. 5–21 in Polish; English never uses it).',
          }),
        other: () =>
          msg(str`${n} of your answers mean you should talk to a doctor before using kratom.`, {
            id: 'riskChecklist.summary.beforeUse.other',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers mean "talk to a doctor before using kratom". Placeholder: how many answers. Plural category "other" (e.g. 0, 2, 3 … in English).',
          }),
      };
    case 'caution':
      return {
        zero: () =>
          msg(str`${n} of your answers mean you should be cautious and ask a doctor or pharmacist.`, {
            id: 'riskChecklist.summary.caution.zero',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers call for caution. Placeholder: how many answers. Plural category "zero" (used by e.g. Arabic for 0; English never uses it).',
          }),
        one: () =>
          msg(str`${n} of your answers means you should be cautious and ask a doctor or pharmacist.`, {
            id: 'riskChecklist.summary.caution.one',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers call for caution. Placeholder: how many answers. Plural category "one" (e.g. 1 in English).',
          }),
        two: () =>
          msg(str`${n} of your answers mean you should be cautious and ask a doctor or pharmacist.`, {
            id: 'riskChecklist.summary.caution.two',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers call for caution. Placeholder: how many answers. Plural category "two" (used by e.g. Arabic; English never uses it).',
          }),
        few: () =>
          msg(str`${n} of your answers mean you should be cautious and ask a doctor or pharmacist.`, {
            id: 'riskChecklist.summary.caution.few',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers call for caution. Placeholder: how many answers. Plural category "few" (e.g. 2–4 in Polish; English never uses it).',
          }),
        many: () =>
          msg(str`${n} of your answers mean you should be cautious and ask a doctor or pharmacist.`, {
            id: 'riskChecklist.summary.caution.many',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers call for caution. Placeholder: how many answers. Plural category "many" (e.g. 5–21 in Polish; English never uses it).',
          }),
        other: () =>
          msg(str`${n} of your answers mean you should be cautious and ask a doctor or pharmacist.`, {
            id: 'riskChecklist.summary.caution.other',
            desc: 'Risk self-check summary (live region) when the most serious ticked answers call for caution. Placeholder: how many answers. Plural category "other" (e.g. 0, 2, 3 … in English).',
          }),
      };
  }
}

/** The summary sentences for the ticked risks (of `shownCount` shown), in `locale`; `null` when nothing is ticked. */
export function summarySentences(
  ticked: readonly Risk[],
  shownCount: number,
  locale: string,
): { count: string; severity: string } | null {
  const highest = highestOf(ticked);
  if (!highest) return null;
  const atHighest = ticked.filter((r) => r.severity === highest).length;
  return {
    count: choosePlural(ticked.length, countForms(formatNumber(ticked.length), formatNumber(shownCount)), locale),
    severity: choosePlural(atHighest, severityForms(highest, formatNumber(atHighest)), locale),
  };
}
