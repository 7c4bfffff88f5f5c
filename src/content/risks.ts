/**
 * The reader self-check: the 15 items of research §5 ("Draft risk checklist"), each with its group,
 * severity, first-person statement, why it matters (with level and sources) and what to do.
 *
 * Severity follows the "What to do" column: "Do not combine" / "Avoid" / "Don't use" and "Stop and
 * see a clinician promptly" → `prompt`; "Talk to a clinician (before use)", "Ask your pharmacist
 * or clinician", "See a clinician about your pain" → `before-use`; "Be cautious" → `caution`.
 * `urgent` is kept for emergencies (see urgent-signs.ts); no checklist item is an emergency by itself.
 */
import { msg } from '@lit/localize';
import { SEVERITIES, type Risk, type Severity } from './types.js';

/** Higher number = more serious. `urgent` is highest, `caution` lowest. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export const RISKS: readonly Risk[] = [
  // ---------------------------------------------------------------- other medicines and substances
  {
    id: 'opioids',
    group: 'substances',
    severity: 'prompt',
    question: () =>
      msg('I take opioid pain medicine, or I use heroin, fentanyl or street pills.', {
        id: 'content.risk.opioids.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person). "Street pills" means pills bought outside a pharmacy. Keep the drug names.',
      }),
    why: {
      id: 'content.risk.opioids.why',
      text: () =>
        msg(
          'Kratom acts on the same brain receptors as opioids. Most deaths linked to kratom also involved other drugs, often opioids such as fentanyl.',
          {
            id: 'content.risk.opioids.why',
            desc: 'Risk self-check, "Why it matters" for the opioids item. Serious warning; do not soften it.',
          },
        ),
      level: 'regulator',
      sources: ['R1', 'R3', 'P33', 'R12'],
    },
    action: () =>
      msg('Do not combine them. Talk to a clinician first.', {
        id: 'content.risk.opioids.action',
        desc: 'Risk self-check, "What to do" for the opioids item. Short, direct instruction; do not soften it.',
      }),
  },
  {
    id: 'sedatives',
    group: 'substances',
    severity: 'before-use',
    question: () =>
      msg(
        'I take sleeping pills or other drugs that make me drowsy. This includes benzodiazepines, like alprazolam or diazepam.',
        {
          id: 'content.risk.sedatives.question',
          desc: 'Risk self-check, statement the reader ticks if true (first person). Alprazolam and diazepam are generic drug names; you may add common local examples of the same drug class.',
        },
      ),
    why: {
      id: 'content.risk.sedatives.why',
      text: () =>
        msg(
          'Drugs that slow you down can make breathing dangerously slow when mixed. Sedatives have turned up in deaths, seizures and emergencies linked to kratom.',
          {
            id: 'content.risk.sedatives.why',
            desc: 'Risk self-check, "Why it matters" for the sedatives item. Serious warning; do not soften it.',
          },
        ),
      level: 'human-case-reports',
      sources: ['P33', 'C3', 'C13'],
      caveat: () =>
        msg(
          'No controlled study has tested these mixes in people. The warning comes from how these drugs work and from case reports.',
          {
            id: 'content.risk.sedatives.caveat',
            desc: 'Risk self-check, caveat under "Why it matters" for the sedatives item: what kind of evidence the warning rests on.',
          },
        ),
    },
    action: () =>
      msg('Talk to a clinician before you use kratom.', {
        id: 'content.risk.sedatives.action',
        desc: 'Risk self-check, "What to do" for the sedatives item. Short instruction.',
      }),
  },
  {
    id: 'alcohol',
    group: 'substances',
    severity: 'before-use',
    question: () =>
      msg('I drink alcohol on days I use kratom.', {
        id: 'content.risk.alcohol.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person).',
      }),
    why: {
      id: 'content.risk.alcohol.why',
      text: () =>
        msg(
          'Alcohol slows breathing too. And in many cases of liver injury linked to kratom, the person also drank alcohol.',
          {
            id: 'content.risk.alcohol.why',
            desc: 'Risk self-check, "Why it matters" for the alcohol item. Do not soften it.',
          },
        ),
      level: 'human-case-reports',
      sources: ['R7', 'C13', 'C14'],
    },
    action: () =>
      msg('Do not mix them. Talk to a clinician before you use kratom.', {
        id: 'content.risk.alcohol.action',
        desc: 'Risk self-check, "What to do" for the alcohol item. Short, direct instruction.',
      }),
  },
  {
    id: 'daily-medicines',
    group: 'substances',
    severity: 'before-use',
    question: () =>
      msg('I take one or more prescribed medicines every day.', {
        id: 'content.risk.daily-medicines.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person).',
      }),
    why: {
      id: 'content.risk.daily-medicines.why',
      text: () =>
        msg(
          'In a study of healthy adults, one cup of kratom tea raised the blood level of another medicine by about 40%. In lab tests, kratom blocks enzymes that clear many drugs from the body.',
          {
            id: 'content.risk.daily-medicines.why',
            desc: 'Risk self-check, "Why it matters" for the daily medicines item. Keep "about 40%" and "In lab tests". Use your locale\'s percent format.',
          },
        ),
      level: 'human-controlled',
      sources: ['P30', 'P31', 'P32'],
    },
    action: () =>
      msg('Ask your pharmacist or clinician to check that your medicines are safe with kratom.', {
        id: 'content.risk.daily-medicines.action',
        desc: 'Risk self-check, "What to do" for the daily medicines item. "Interactions" means one drug changing how another works.',
      }),
  },

  // ---------------------------------------------------------------- product
  {
    id: 'concentrated-7oh',
    group: 'product',
    severity: 'prompt',
    question: () =>
      msg(
        'My product says "7-OH", "7-hydroxy", "extract" or "enhanced". Or it is a gummy, shot or tablet from a gas station or vape shop.',
        {
          id: 'content.risk.concentrated-7oh.question',
          desc: 'Risk self-check, statement the reader ticks if true (first person). The quoted words are what appears on product labels: keep 7-OH and 7-hydroxy as is; translate "extract" and "enhanced" only if local labels use local words. Use your locale\'s quotation marks. Name the local kind of shop if gas stations and vape shops are not where these are sold.',
        },
      ),
    why: {
      id: 'content.risk.concentrated-7oh.why',
      text: () =>
        msg(
          'The US FDA calls concentrated 7-OH an opioid that can be stronger than morphine. It says 7-OH is not allowed in foods or supplements. In mice, it slowed breathing more with each higher dose.',
          {
            id: 'content.risk.concentrated-7oh.why',
            desc: 'Risk self-check, "Why it matters" for concentrated 7-OH products. FDA is the US Food and Drug Administration; keep "US". Keep "In mice". Serious warning; do not soften it.',
          },
        ),
      level: 'regulator',
      sources: ['R8', 'R9', 'P35', 'P11'],
    },
    action: () =>
      msg('Avoid these products.', {
        id: 'content.risk.concentrated-7oh.action',
        desc: 'Risk self-check, "What to do" for concentrated 7-OH products. Short, direct instruction; do not soften it.',
      }),
  },

  // ---------------------------------------------------------------- pregnancy and age
  {
    id: 'pregnancy',
    group: 'life-stage',
    severity: 'before-use',
    question: () =>
      msg('I am pregnant, might be pregnant, or am breastfeeding.', {
        id: 'content.risk.pregnancy.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person).',
      }),
    why: {
      id: 'content.risk.pregnancy.why',
      text: () =>
        msg(
          'Some babies whose mothers used kratom often while pregnant went through withdrawal after birth. Some needed hospital care and morphine. There is no safety data for breastfeeding.',
          {
            id: 'content.risk.pregnancy.why',
            desc: 'Risk self-check, "Why it matters" for pregnancy and breastfeeding. "Withdrawal" means the baby is sick because the drug stopped. Keep "no safety data".',
          },
        ),
      level: 'human-case-reports',
      sources: ['C7', 'C8', 'C9', 'C10', 'P34'],
      caveat: () =>
        msg('Standard drug tests may not find kratom, so tell your clinician if you use it.', {
          id: 'content.risk.pregnancy.caveat',
          desc: 'Risk self-check, caveat under "Why it matters" for pregnancy: routine urine drug screens do not detect kratom.',
        }),
    },
    action: () =>
      msg("Talk to your pregnancy clinician or your baby's clinician. Tell them you use kratom.", {
        id: 'content.risk.pregnancy.action',
        desc: 'Risk self-check, "What to do" for pregnancy and breastfeeding. "Pregnancy clinician" means the midwife or doctor who does prenatal care.',
      }),
  },
  {
    id: 'under-18',
    group: 'life-stage',
    severity: 'prompt',
    question: () =>
      msg('I am under 18.', {
        id: 'content.risk.under-18.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person). 18 is the age; keep the number.',
      }),
    why: {
      id: 'content.risk.under-18.why',
      text: () =>
        msg(
          'No study has checked whether kratom is safe for young people. The US FDA is worried that 7-OH gummies and candy appeal to children and teens.',
          {
            id: 'content.risk.under-18.why',
            desc: 'Risk self-check, "Why it matters" for readers under 18. FDA is the US Food and Drug Administration; keep "US".',
          },
        ),
      level: 'regulator',
      sources: ['P41', 'R8'],
    },
    action: () =>
      msg('Do not use kratom. Talk to a parent, a school nurse or a doctor.', {
        id: 'content.risk.under-18.action',
        desc: 'Risk self-check, "What to do" for readers under 18. Short, direct, kind; do not soften "Do not use".',
      }),
  },

  // ---------------------------------------------------------------- health conditions
  {
    id: 'liver',
    group: 'conditions',
    severity: 'prompt',
    question: () =>
      msg(
        'I have liver disease. Or, since I started kratom, I have had yellow skin or eyes, dark urine or bad itching.',
        {
          id: 'content.risk.liver.question',
          desc: 'Risk self-check, statement the reader ticks if true (first person). Yellow skin or eyes, dark urine and itching are signs of liver trouble.',
        },
      ),
    why: {
      id: 'content.risk.liver.why',
      text: () =>
        msg(
          'Kratom has been linked to rare but serious liver injury. It usually starts a few weeks after someone begins using kratom, about 2 to 3 weeks on average.',
          {
            id: 'content.risk.liver.why',
            desc: 'Risk self-check, "Why it matters" for the liver item. Keep "rare but serious" and the numbers.',
          },
        ),
      level: 'human-case-reports',
      sources: ['R7', 'P36', 'P37'],
    },
    action: () =>
      msg('Stop using kratom and see a clinician promptly. Go the same day if your skin or eyes turn yellow.', {
        id: 'content.risk.liver.action',
        desc: 'Risk self-check, "What to do" for the liver item. Keep both the "promptly" and the "same day" parts; do not soften them.',
      }),
  },
  {
    id: 'seizures',
    group: 'conditions',
    severity: 'before-use',
    question: () =>
      msg('I have had a seizure, or I have epilepsy.', {
        id: 'content.risk.seizures.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person).',
      }),
    why: {
      id: 'content.risk.seizures.why',
      text: () =>
        msg('Seizures have been reported after kratom use. Some of these people had never had a seizure before.', {
          id: 'content.risk.seizures.why',
          desc: 'Risk self-check, "Why it matters" for the seizures item.',
        }),
      level: 'human-case-reports',
      sources: ['C1', 'C2', 'C3', 'C13'],
      caveat: () =>
        msg('These are case reports. Some of the people had also taken other drugs.', {
          id: 'content.risk.seizures.caveat',
          desc: 'Risk self-check, caveat under "Why it matters" for seizures: the kind of evidence and a limit.',
        }),
    },
    action: () =>
      msg('Talk to a clinician before you use kratom.', {
        id: 'content.risk.seizures.action',
        desc: 'Risk self-check, "What to do" for the seizures item. Short instruction.',
      }),
  },
  {
    id: 'heart-rhythm',
    group: 'conditions',
    severity: 'before-use',
    question: () =>
      msg(
        'I have a heart rhythm problem, or have fainted for no clear reason. Or I take a medicine my doctor said affects heart rhythm.',
        {
          id: 'content.risk.heart-rhythm.question',
          desc: 'Risk self-check, statement the reader ticks if true (first person).',
        },
      ),
    why: {
      id: 'content.risk.heart-rhythm.why',
      text: () =>
        msg(
          "Kratom's main compound has been linked to a change in heart rhythm called long QT. This was seen in lab tests and a small study of regular users. Case reports describe dangerous heart rhythms, often with other drugs.",
          {
            id: 'content.risk.heart-rhythm.why',
            desc: 'Risk self-check, "Why it matters" for the heart rhythm item. "Main compound" means mitragynine. "Long QT" is a heart tracing finding; use the usual medical term in your language.',
          },
        ),
      level: 'human-observational',
      sources: ['P38', 'P39', 'C4'],
    },
    action: () =>
      msg('Talk to a clinician before you use kratom.', {
        id: 'content.risk.heart-rhythm.action',
        desc: 'Risk self-check, "What to do" for the heart rhythm item. Short instruction.',
      }),
  },
  {
    id: 'mental-health',
    group: 'conditions',
    severity: 'before-use',
    question: () =>
      msg(
        'I have a serious mental illness, like schizophrenia or bipolar disorder. Or I take medicine for my mental health.',
        {
          id: 'content.risk.mental-health.question',
          desc: 'Risk self-check, statement the reader ticks if true (first person). Use neutral, non-stigmatising terms.',
        },
      ),
    why: {
      id: 'content.risk.mental-health.why',
      text: () =>
        msg(
          'Psychosis has been reported with kratom. In lab tests, kratom also blocks an enzyme that breaks down many psychiatric drugs, but one small study in people did not see this.',
          {
            id: 'content.risk.mental-health.why',
            desc: 'Risk self-check, "Why it matters" for the mental health item. Psychosis means losing touch with reality. Keep both the lab finding and the human study that did not see it.',
          },
        ),
      level: 'human-case-reports',
      sources: ['R6', 'C11', 'P31', 'P30'],
    },
    action: () =>
      msg('Talk to a clinician before you use kratom.', {
        id: 'content.risk.mental-health.action',
        desc: 'Risk self-check, "What to do" for the mental health item. Short instruction.',
      }),
  },

  // ---------------------------------------------------------------- how you use it
  {
    id: 'self-treating-opioid-use',
    group: 'use',
    severity: 'before-use',
    question: () =>
      msg('I use kratom on my own to treat opioid withdrawal or addiction.', {
        id: 'content.risk.self-treating-opioid-use.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person). Use neutral, non-judging words.',
      }),
    why: {
      id: 'content.risk.self-treating-opioid-use.why',
      text: () =>
        msg(
          'Kratom is not approved for this, and it can cause its own dependence. Most people who died with kratom in their system had a history of drug use problems.',
          {
            id: 'content.risk.self-treating-opioid-use.why',
            desc: 'Risk self-check, "Why it matters" for people treating opioid use on their own. Non-judging tone, but do not soften the facts.',
          },
        ),
      level: 'regulator',
      sources: ['R1', 'R4', 'S1', 'S5'],
    },
    action: () =>
      msg('Talk to a clinician about proven treatments.', {
        id: 'content.risk.self-treating-opioid-use.action',
        desc: 'Risk self-check, "What to do" for people treating opioid use on their own. "Proven treatments" means approved medicines and care for opioid use disorder.',
      }),
  },
  {
    id: 'dependence-signs',
    group: 'use',
    severity: 'before-use',
    question: () =>
      msg("I use kratom every day, need more to feel the same, or feel sick, achy or can't sleep when I skip it.", {
        id: 'content.risk.dependence-signs.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person). Everyday words.',
      }),
    why: {
      id: 'content.risk.dependence-signs.why',
      text: () =>
        msg('These are signs of dependence. Withdrawal is well documented in people who use kratom regularly.', {
          id: 'content.risk.dependence-signs.why',
          desc: 'Risk self-check, "Why it matters" for signs of dependence. Non-judging tone.',
        }),
      level: 'human-observational',
      sources: ['S5', 'S6', 'S7'],
    },
    action: () =>
      msg('Talk to a clinician about how to cut down safely.', {
        id: 'content.risk.dependence-signs.action',
        desc: 'Risk self-check, "What to do" for signs of dependence. Short instruction.',
      }),
  },
  {
    id: 'pain-without-care',
    group: 'use',
    severity: 'before-use',
    question: () =>
      msg('I use kratom instead of seeing someone about my pain.', {
        id: 'content.risk.pain-without-care.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person). "Seeing someone" means seeing a doctor, nurse or other health worker.',
      }),
    why: {
      id: 'content.risk.pain-without-care.why',
      text: () =>
        msg(
          'Kratom has no approved medical use. Only one small study has tested it for pain against a placebo, and it was in healthy long-term users.',
          {
            id: 'content.risk.pain-without-care.why',
            desc: 'Risk self-check, "Why it matters" for using kratom instead of pain care. A placebo is a dummy treatment.',
          },
        ),
      level: 'regulator',
      sources: ['H1', 'R3', 'R4'],
    },
    action: () =>
      msg('See a clinician about your pain. Pain that keeps going deserves a proper check-up.', {
        id: 'content.risk.pain-without-care.action',
        desc: 'Risk self-check, "What to do" for using kratom instead of pain care. Kind, direct tone.',
      }),
  },
  {
    id: 'unknown-product',
    group: 'product',
    severity: 'caution',
    question: () =>
      msg("I don't know what is in my product or how strong it is.", {
        id: 'content.risk.unknown-product.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person).',
      }),
    why: {
      id: 'content.risk.unknown-product.why',
      text: () =>
        msg(
          'Kratom products vary a lot in strength. Some have had Salmonella germs, lead or nickel in them, or extra 7-OH.',
          {
            id: 'content.risk.unknown-product.why',
            desc: 'Risk self-check, "Why it matters" for unknown products. Salmonella is a germ that causes food poisoning; keep the name. Lead and nickel are metals.',
          },
        ),
      level: 'regulator',
      sources: ['P24', 'R10', 'R11', 'P35'],
    },
    action: () =>
      msg('Be cautious, and ask a clinician.', {
        id: 'content.risk.unknown-product.action',
        desc: 'Risk self-check, "What to do" for unknown products. Short instruction.',
      }),
  },
];
