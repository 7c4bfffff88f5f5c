/**
 * The reader self-check: the 15 items of research §5 ("Draft risk checklist") plus driving (content
 * audit 2026-12, F-M7), each with its group, severity, first-person statement, why it matters (with
 * level and sources) and what to do.
 *
 * Severity follows the "What to do": "Do not combine" / "Do not mix" / "Avoid" / "Don't use" and
 * "Stop and see a doctor promptly" → `prompt`; "Talk to a doctor (before use)", "Ask a pharmacist
 * or doctor", "See a doctor about your pain" → `before-use`; "Be careful" → `caution`.
 * Every item about mixing kratom with a drug that slows breathing (opioids, sedating drugs, alcohol)
 * sets `combines`, has severity `prompt` and an action that starts "Do not combine" or "Do not mix"
 * (audit F-C2; `content:check` enforces it). `urgent` is kept for emergencies (see urgent-signs.ts);
 * no checklist item is an emergency by itself.
 *
 * Reader text says "doctor", "nurse" or "pharmacist", never "clinician" (audit F-m17).
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
    combines: 'opioid',
    question: () =>
      msg('I take opioid pain medicine, or I use heroin, fentanyl or street pills.', {
        id: 'content.risk.opioids.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person). "Street pills" means pills bought outside a pharmacy. Keep the drug names.',
      }),
    why: {
      id: 'content.risk.opioids.why',
      text: () =>
        msg(
          'Kratom acts on the same brain receptors as opioids. Most deaths linked to kratom also involved other drugs, often opioids such as fentanyl. But kratom alone has also caused life-threatening poisoning. In some deaths, kratom was the only drug found.',
          {
            id: 'content.risk.opioids.why',
            desc: 'Risk self-check, "Why it matters" for the opioids item. Serious warning; do not soften it. Keep both parts: most deaths involved other drugs, AND kratom alone has caused life-threatening poisoning and deaths.',
          },
        ),
      level: 'regulator',
      sources: ['R1', 'R3', 'P33', 'R12', 'P34', 'C5'],
      caveat: () =>
        msg('When only kratom was found after a death, tests could not always rule out other drugs.', {
          id: 'content.risk.opioids.caveat',
          desc: 'Risk self-check, caveat under "Why it matters" for the opioids item: a limit of the death data (other drugs could not always be ruled out). Neutral tone.',
        }),
    },
    action: () =>
      msg('Do not combine them. Talk to a doctor or pharmacist first.', {
        id: 'content.risk.opioids.action',
        desc: 'Risk self-check, "What to do" for the opioids item. Short, direct instruction; do not soften it. Must start with the local words for "Do not combine".',
      }),
  },
  {
    id: 'sedatives',
    group: 'substances',
    severity: 'prompt',
    combines: 'sedating',
    question: () =>
      msg(
        'I take sleeping pills or other drugs that make me sleepy. Some are benzodiazepines, like alprazolam or diazepam. Some are gabapentin or pregabalin. Some are muscle relaxants. Some are sleep aids with diphenhydramine.',
        {
          id: 'content.risk.sedatives.question',
          desc: 'Risk self-check, statement the reader ticks if true (first person). Alprazolam, diazepam, gabapentin, pregabalin and diphenhydramine are generic drug names; keep them. You may add common local brand names of the same drugs in brackets.',
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
      msg('Do not combine them. Talk to a doctor or pharmacist first.', {
        id: 'content.risk.sedatives.action',
        desc: 'Risk self-check, "What to do" for the sedatives item. Same wording and strength as for opioids; do not soften it. Must start with the local words for "Do not combine".',
      }),
  },
  {
    id: 'alcohol',
    group: 'substances',
    severity: 'prompt',
    combines: 'alcohol',
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
      msg('Do not mix alcohol and kratom. Talk to a doctor or pharmacist first.', {
        id: 'content.risk.alcohol.action',
        desc: 'Risk self-check, "What to do" for the alcohol item. Short, direct instruction; do not soften it. Must start with the local words for "Do not mix".',
      }),
  },
  {
    // The id is kept for hosts' `items` lists; the item now covers every kind of medicine.
    id: 'daily-medicines',
    group: 'substances',
    severity: 'before-use',
    question: () =>
      msg(
        'I take other drugs or medicine. This counts ones I buy without a prescription or take only now and then. Examples are cough or diarrhea medicine, or a few days of antibiotics.',
        {
          id: 'content.risk.daily-medicines.question',
          desc: 'Risk self-check, statement the reader ticks if true (first person). Covers prescribed, over-the-counter and occasional medicines. "A few days of antibiotics" means a short course.',
        },
      ),
    why: {
      id: 'content.risk.daily-medicines.why',
      text: () =>
        msg(
          'In a study of healthy adults, one cup of kratom tea raised the blood level of midazolam, a sedative, by about 40%. Kratom slowed CYP3A, an enzyme in the gut and liver. It clears many drugs from the body. Some are opioids and sedatives, like fentanyl, oxycodone, methadone, buprenorphine and alprazolam. It also clears loperamide, a diarrhea drug sold in stores. Some antibiotics and antifungals slow this enzyme too. That may change how kratom acts.',
          {
            id: 'content.risk.daily-medicines.why',
            desc: 'Risk self-check, "Why it matters" for the medicines item. Keep "about 40%", the enzyme code CYP3A and every drug name (generic names). Use your locale\'s percent format.',
          },
        ),
      level: 'human-controlled',
      sources: ['P30', 'P31', 'P32', 'P11'],
      caveat: () =>
        msg(
          'Only midazolam was tested in people. For the other drugs, this is a likely risk, not a tested one. In lab tests, kratom also blocks CYP2D6. This enzyme turns codeine and tramadol into their active forms. It also clears many drugs for depression or psychosis. One small study in people did not see this with dextromethorphan, a cough drug.',
          {
            id: 'content.risk.daily-medicines.caveat',
            desc: 'Risk self-check, caveat under "Why it matters" for the medicines item: which parts were tested in people and which are an inference. Keep the enzyme code CYP2D6 and the drug names.',
          },
        ),
    },
    action: () =>
      msg(
        'Before you use kratom, ask a pharmacist or doctor to check all your drugs. Count the ones you buy without a prescription too.',
        {
          id: 'content.risk.daily-medicines.action',
          desc: 'Risk self-check, "What to do" for the medicines item. Short instruction.',
        },
      ),
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
          'Concentrated 7-OH products are made in a lab from mitragynine taken from the leaf. The US FDA calls 7-OH an opioid that can be stronger than morphine. It says 7-OH is not allowed in foods or supplements. In mice, it slowed breathing more with each higher dose.',
          {
            id: 'content.risk.concentrated-7oh.why',
            desc: 'Risk self-check, "Why it matters" for concentrated 7-OH products. "Made in a lab from mitragynine" means chemically changed from the leaf\'s main compound (semi-synthetic). FDA is the US Food and Drug Administration; keep "US". Keep "In mice". Serious warning; do not soften it.',
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
    // "Avoid kratom" is an avoid action: `prompt`, like the other avoid / do-not-combine items.
    severity: 'prompt',
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
      sources: ['C7', 'C9', 'C10', 'P34', 'R27'],
      caveat: () =>
        msg(
          'Standard drug tests may not find kratom, so tell your doctor or midwife if you use it. The advice not to stop suddenly comes from care for opioids in pregnancy. It has not been studied for kratom.',
          {
            id: 'content.risk.pregnancy.caveat',
            desc: 'Risk self-check, caveat under "Why it matters" for pregnancy: routine urine drug screens do not detect kratom; the "do not stop suddenly" advice is taken from opioid care in pregnancy.',
          },
        ),
    },
    action: () =>
      msg(
        "Avoid kratom while pregnant or breastfeeding. If you use it every day, do not stop suddenly on your own: tell your doctor or midwife and get help to stop safely. Tell your baby's doctor too.",
        {
          id: 'content.risk.pregnancy.action',
          desc: 'Risk self-check, "What to do" for pregnancy and breastfeeding. Keep all three parts: avoid kratom; if used daily, do not stop suddenly without care; tell the baby\'s doctor. Use the usual local words for the people who give pregnancy care.',
        },
      ),
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
          'Kratom has been linked to rare but serious liver injury. It usually starts a few weeks after someone begins using kratom, about 2 to 3 weeks on average. But it has also started in people who had used kratom for years.',
          {
            id: 'content.risk.liver.why',
            desc: 'Risk self-check, "Why it matters" for the liver item. Keep "rare but serious", the numbers, and that it can also start after years of use.',
          },
        ),
      level: 'human-case-reports',
      sources: ['R7', 'P36', 'P37', 'C22'],
    },
    action: () =>
      msg('Stop using kratom and see a doctor promptly. Go the same day if your skin or eyes turn yellow.', {
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
        msg(
          'Seizures have been reported after kratom use. Some of these people had never had one before. In US poison center reports, about 1 in 10 kratom cases had a seizure.',
          {
            id: 'content.risk.seizures.why',
            desc: 'Risk self-check, "Why it matters" for the seizures item. Poison centers are the services people call about poisonings. "About 1 in 10" is 113 seizures in 1,174 cases (2011–2017); keep the proportion.',
          },
        ),
      level: 'human-observational',
      sources: ['C2', 'C3', 'C13', 'P34', 'C23'],
      caveat: () =>
        msg(
          'Poison center reports and case reports cannot prove that kratom caused each seizure. Some of the people had also taken other drugs.',
          {
            id: 'content.risk.seizures.caveat',
            desc: 'Risk self-check, caveat under "Why it matters" for seizures: the kind of evidence and a limit.',
          },
        ),
    },
    action: () =>
      msg('Talk to a doctor before you use kratom.', {
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
        'I have a heart rhythm problem, or have fainted for no clear reason. Or I take a drug that can change heart rhythm. Examples are methadone, citalopram, escitalopram and ondansetron. Some drugs for psychosis, and some antibiotics and antifungals, can do it too.',
        {
          id: 'content.risk.heart-rhythm.question',
          desc: 'Risk self-check, statement the reader ticks if true (first person). Methadone, citalopram, escitalopram and ondansetron (a nausea medicine) are generic drug names; keep them.',
        },
      ),
    why: {
      id: 'content.risk.heart-rhythm.why',
      text: () =>
        msg(
          "Kratom's main compound has been linked to a change in heart rhythm called long QT. This was seen in lab tests and a small study of regular users. Case reports describe dangerous heart rhythms, often with other drugs. In one, a man who also took citalopram had his heart stop.",
          {
            id: 'content.risk.heart-rhythm.why',
            desc: 'Risk self-check, "Why it matters" for the heart rhythm item. "Main compound" means mitragynine. "Long QT" is a heart tracing finding; use the usual medical term in your language. "Had his heart stop" means cardiac arrest.',
          },
        ),
      level: 'human-observational',
      sources: ['P38', 'P39', 'C4'],
    },
    action: () =>
      msg('Talk to a doctor before you use kratom.', {
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
      msg('Talk to a doctor before you use kratom.', {
        id: 'content.risk.mental-health.action',
        desc: 'Risk self-check, "What to do" for the mental health item. Short instruction.',
      }),
  },

  // ---------------------------------------------------------------- how you use it
  {
    id: 'self-treating-opioid-use',
    group: 'use',
    // Someone treating opioid use on their own may still take opioids: the mix gets the opioid rule.
    severity: 'prompt',
    combines: 'opioid',
    question: () =>
      msg('I use kratom on my own to treat opioid withdrawal or addiction.', {
        id: 'content.risk.self-treating-opioid-use.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person). Use neutral, non-judging words.',
      }),
    why: {
      id: 'content.risk.self-treating-opioid-use.why',
      text: () =>
        msg(
          'Kratom is not approved for this, and it can cause its own dependence. Most people who died with kratom in their system had a history of drug use problems. Many of those deaths also involved opioids.',
          {
            id: 'content.risk.self-treating-opioid-use.why',
            desc: 'Risk self-check, "Why it matters" for people treating opioid use on their own. Non-judging tone, but do not soften the facts.',
          },
        ),
      level: 'regulator',
      sources: ['R1', 'R4', 'S1', 'S5', 'R12'],
    },
    action: () =>
      msg('Do not combine kratom with opioids. Talk to a doctor about proven treatments.', {
        id: 'content.risk.self-treating-opioid-use.action',
        desc: 'Risk self-check, "What to do" for people treating opioid use on their own. Must start with the local words for "Do not combine". "Proven treatments" means approved medicines and care for opioid use disorder.',
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
      msg('Talk to a doctor about how to cut down safely.', {
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
      msg('See a doctor about your pain. Pain that keeps going deserves a proper check-up.', {
        id: 'content.risk.pain-without-care.action',
        desc: 'Risk self-check, "What to do" for using kratom instead of pain care. Kind, direct tone.',
      }),
  },
  {
    id: 'driving',
    group: 'use',
    severity: 'caution',
    question: () =>
      msg('I drive, or use machines or power tools, after I take kratom.', {
        id: 'content.risk.driving.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person). "Machines" means work or farm machines that can hurt people.',
      }),
    why: {
      id: 'content.risk.driving.why',
      text: () =>
        msg(
          'In a US survey, over 90% of people who use kratom regularly said they drive after using it. Kratom can make you sleepy or slow. In California, kratom was found in the blood of some drivers arrested for drugged driving. Each of them had also taken other drugs, most often alcohol or sedatives.',
          {
            id: 'content.risk.driving.why',
            desc: 'Risk self-check, "Why it matters" for driving after kratom. Keep "over 90%" (use your locale\'s percent format) and the place name California.',
          },
        ),
      level: 'human-observational',
      sources: ['P52', 'P51', 'R3', 'R6'],
      caveat: () =>
        msg('No study has shown how much kratom alone affects driving.', {
          id: 'content.risk.driving.caveat',
          desc: 'Risk self-check, caveat under "Why it matters" for driving: the limit of the evidence.',
        }),
    },
    action: () =>
      msg(
        'Do not drive or use machines if you feel sleepy, slow or dizzy. Never drive after mixing kratom with alcohol or other drugs.',
        {
          id: 'content.risk.driving.action',
          desc: 'Risk self-check, "What to do" for driving after kratom. Direct instruction; do not soften "Do not" and "Never".',
        },
      ),
  },
  {
    id: 'unknown-product',
    group: 'product',
    severity: 'prompt',
    question: () =>
      msg("I don't know what is in my product or how strong it is.", {
        id: 'content.risk.unknown-product.question',
        desc: 'Risk self-check, statement the reader ticks if true (first person).',
      }),
    why: {
      id: 'content.risk.unknown-product.why',
      text: () =>
        msg(
          'Kratom products vary a lot in strength. Some have had Salmonella germs, lead or nickel in them, or extra 7-OH. In Sweden, a kratom product called "Krypton" had a strong lab-made opioid added. Nine people died after using it in 2009 and 2010.',
          {
            id: 'content.risk.unknown-product.why',
            desc: 'Risk self-check, "Why it matters" for unknown products. Salmonella is a germ that causes food poisoning; keep the name. Lead and nickel are metals. "Krypton" is a product name; keep it, with your locale\'s quotation marks. The added opioid was O-desmethyltramadol. Do not soften it.',
          },
        ),
      level: 'regulator',
      sources: ['P24', 'R10', 'R11', 'P35', 'R28', 'C21'],
    },
    action: () =>
      msg('Avoid products when you do not know what is in them. Ask a pharmacist or doctor.', {
        id: 'content.risk.unknown-product.action',
        desc: 'Risk self-check, "What to do" for unknown products. Short, direct instruction; do not soften "Avoid".',
      }),
  },
];
