/**
 * Popular promotional claims about kratom and what the evidence says instead (research file
 * `kratom-evidence.md`, §3 and §7), plus the statements for the "What the evidence says about pain
 * and inflammation" section. How kratom acts in the lab is not proof that it helps or is safe.
 */
import { msg } from '@lit/localize';
import type { Claim, CorrectedClaim, EvidenceLevel, Text } from './types.js';

function claim(id: string, level: EvidenceLevel, sources: readonly string[], text: Text, caveat?: Text): Claim {
  return caveat ? { id, level, sources, text, caveat } : { id, level, sources, text };
}

export const CORRECTIONS: readonly CorrectedClaim[] = [
  // ── 1. "relief without the side effects of NSAIDs" ─────────────────────────────────────────
  {
    id: 'no-nsaid-side-effects',
    popular: () =>
      msg('Kratom relieves pain without the side effects of NSAIDs.', {
        id: 'content.correction.no-nsaid-side-effects.popular',
        desc: 'A popular claim, shown in quotes as something people say (not our view). NSAIDs = common anti-inflammatory pain medicines; use the usual local term or acronym.',
      }),
    correction: claim(
      'content.correction.no-nsaid-side-effects.correction',
      'regulator',
      ['H1', 'R3', 'R4'],
      () =>
        msg(
          'Kratom has not been compared with NSAIDs in people. It has its own serious risks. It has no approved medical use.',
          {
            id: 'content.correction.no-nsaid-side-effects.correction',
            desc: 'The evidence-based answer to the NSAID side-effects claim. Calm, factual tone; keep "not been compared" and "no approved medical use".',
          },
        ),
      () =>
        msg('The risks of NSAIDs are real. Ask a doctor or pharmacist about safer ways to treat your pain.', {
          id: 'content.correction.no-nsaid-side-effects.correction-caveat',
          desc: "Note under the NSAID side-effects correction: it takes the reader's worry about NSAIDs seriously and points to a doctor or pharmacist. Warm, respectful tone.",
        }),
    ),
    points: [
      claim('content.correction.no-nsaid-side-effects.point-study', 'human-controlled', ['H1'], () =>
        msg(
          'No study in people has compared kratom with NSAIDs. The only placebo-controlled pain study tested 26 long-term users with a lab pain test.',
          {
            id: 'content.correction.no-nsaid-side-effects.point-study',
            desc: 'Supporting point under the NSAID correction. Keep the number 26 and "lab pain test" (it was not a study of patients).',
          },
        ),
      ),
      claim(
        'content.correction.no-nsaid-side-effects.point-dependence',
        'human-observational',
        ['S5', 'S7', 'S1'],
        () =>
          msg(
            'Many frequent users in Malaysia became dependent on kratom. They had withdrawal when they stopped. In a large US survey, 2% had a kratom use disorder.',
            {
              id: 'content.correction.no-nsaid-side-effects.point-dependence',
              desc: 'Supporting point under the NSAID correction: dependence and withdrawal (surveys of regular users in Malaysia) and the lower figure from a US survey. Keep "in Malaysia" and the 2%. Plain, non-judging tone.',
            },
          ),
      ),
      claim(
        'content.correction.no-nsaid-side-effects.point-rare-harms',
        'human-case-reports',
        ['R7', 'P36', 'C2', 'C3', 'P38', 'C7', 'C9', 'C10'],
        () =>
          msg(
            'Liver injury is rare but has been reported. So have seizures, heart rhythm changes and withdrawal in newborns.',
            {
              id: 'content.correction.no-nsaid-side-effects.point-rare-harms',
              desc: 'Supporting point under the NSAID correction. Keep "rare" and "have been reported" (case reports, not rates).',
            },
          ),
      ),
      claim('content.correction.no-nsaid-side-effects.point-common', 'human-observational', ['S2'], () =>
        msg('Nausea and constipation are common, more so at higher doses.', {
          id: 'content.correction.no-nsaid-side-effects.point-common',
          desc: 'Supporting point under the NSAID correction: common side effects reported in a survey.',
        }),
      ),
    ],
  },

  // ── 2. "targets pain and inflammation at their source" ─────────────────────────────────────
  {
    id: 'inflammation-at-source',
    popular: () =>
      msg('Kratom targets pain and inflammation at their source.', {
        id: 'content.correction.inflammation-at-source.popular',
        desc: 'A popular claim, shown in quotes as something people say (not our view).',
      }),
    correction: claim(
      'content.correction.inflammation-at-source.correction',
      'animal',
      ['P14', 'P2', 'P11', 'P19', 'P20', 'P22', 'P23'],
      () =>
        msg(
          "Kratom's effects on pain come mostly through opioid receptors. Its effects on inflammation have only been seen in cells and in rats and mice.",
          {
            id: 'content.correction.inflammation-at-source.correction',
            desc: 'The evidence-based answer to the "at their source" claim. Keep "only ... in cells and in rats and mice".',
          },
        ),
      () =>
        msg('The phrase "at their source" has no clear scientific meaning here.', {
          id: 'content.correction.inflammation-at-source.correction-caveat',
          desc: 'Note under the correction. Quote the same phrase as in the popular claim.',
        }),
    ),
    points: [
      claim('content.correction.inflammation-at-source.point-opioid', 'animal', ['P14', 'P2', 'P11'], () =>
        msg(
          "In mice, a drug that blocks opioid receptors stopped mitragynine's pain relief. Much of that relief came from 7-OH, which the body makes from it.",
          {
            id: 'content.correction.inflammation-at-source.point-opioid',
            desc: 'Supporting point: pain relief is opioid-based. Keep "in mice". 7-OH = 7-hydroxymitragynine (keep as is).',
          },
        ),
      ),
      claim('content.correction.inflammation-at-source.point-cells', 'in-vitro', ['P19', 'P20'], () =>
        msg(
          'In mouse cells in a dish, mitragynine and a leaf extract lowered some signs of inflammation. At higher doses, the extract harmed the cells.',
          {
            id: 'content.correction.inflammation-at-source.point-cells',
            desc: 'Supporting point: anti-inflammatory findings in a cell line. Keep "mouse cells in a dish".',
          },
        ),
      ),
      claim('content.correction.inflammation-at-source.point-rodents', 'animal', ['P22', 'P23'], () =>
        msg(
          'In rats and mice, leaf extracts reduced swelling. In one study the extract was injected into the belly, not swallowed.',
          {
            id: 'content.correction.inflammation-at-source.point-rodents',
            desc: 'Supporting point: anti-inflammatory findings in rodents. Keep "rats and mice" and "injected".',
          },
        ),
      ),
      claim('content.correction.inflammation-at-source.point-other-plant', 'animal', ['P21'], () =>
        msg("Some of the findings used mitraphylline taken from a second plant, cat's claw. No human data exist.", {
          id: 'content.correction.inflammation-at-source.point-other-plant',
          desc: 'Supporting point. "Cat\'s claw" is the plant Uncaria tomentosa; use its common local name. Keep "second plant" (a plant other than kratom) and "no human data".',
        }),
      ),
    ],
  },

  // ── 3. "anti-inflammatory benefit for arthritis, fibromyalgia, muscle and joint problems" ──────
  {
    id: 'arthritis-fibromyalgia',
    popular: () =>
      msg('Kratom calms swelling, so it helps with arthritis, fibromyalgia, and muscle and joint pain.', {
        id: 'content.correction.arthritis-fibromyalgia.popular',
        desc: 'A popular claim, shown in quotes as something people say (not our view). Arthritis and fibromyalgia are long-term conditions with joint or muscle pain; use the usual local names.',
      }),
    correction: claim(
      'content.correction.arthritis-fibromyalgia.correction',
      'animal',
      ['P19', 'P20', 'P22', 'P23', 'H1'],
      () =>
        msg(
          'No study has tested kratom for arthritis, fibromyalgia or other muscle and joint problems. Its effects on inflammation have only been seen in cells and in rats and mice.',
          {
            id: 'content.correction.arthritis-fibromyalgia.correction',
            desc: 'The evidence-based answer to the arthritis/fibromyalgia claim. Keep "no study has tested" and "only ... in cells and in rats and mice".',
          },
        ),
      () =>
        msg(
          'If you live with joint or muscle pain, ask a doctor, nurse or pharmacist about treatments that have been tested for it.',
          {
            id: 'content.correction.arthritis-fibromyalgia.correction-caveat',
            desc: 'Advice under the arthritis/fibromyalgia correction. Respectful, practical tone.',
          },
        ),
    ),
    points: [
      claim('content.correction.arthritis-fibromyalgia.point-no-trial', 'human-controlled', ['H1'], () =>
        msg(
          'No trial of kratom for any pain condition was found. The only placebo-controlled pain study tested 26 healthy long-term users with a lab pain test.',
          {
            id: 'content.correction.arthritis-fibromyalgia.point-no-trial',
            desc: 'Supporting point under the arthritis/fibromyalgia correction. Keep "no trial ... was found", the number 26 and "lab pain test" (not patients).',
          },
        ),
      ),
      claim(
        'content.correction.arthritis-fibromyalgia.point-lab-only',
        'animal',
        ['P19', 'P20', 'P22', 'P23', 'P21'],
        () =>
          msg(
            "The inflammation findings come from mouse cells in a dish and from swelling tests in rats and mice. Some used a compound from a second plant, cat's claw. No studies of kratom and inflammation in people were found.",
            {
              id: 'content.correction.arthritis-fibromyalgia.point-lab-only',
              desc: 'Supporting point under the arthritis/fibromyalgia correction. "Cat\'s claw" is the plant Uncaria tomentosa; use its common local name. Keep "no studies ... in people".',
            },
          ),
      ),
      claim('content.correction.arthritis-fibromyalgia.point-opioid', 'animal', ['P14', 'P2', 'P11'], () =>
        msg("In mice, kratom's pain relief came mainly through opioid receptors.", {
          id: 'content.correction.arthritis-fibromyalgia.point-opioid',
          desc: 'Supporting point: the pain effect in mice runs through opioid receptors. Keep "in mice".',
        }),
      ),
      claim(
        'content.correction.arthritis-fibromyalgia.point-daily-use',
        'human-observational',
        ['S5', 'S7', 'S1'],
        () =>
          msg(
            'Many people in Malaysia who used kratom daily became dependent. They had withdrawal when they stopped. In a big US survey, 2% had a kratom use disorder.',
            {
              id: 'content.correction.arthritis-fibromyalgia.point-daily-use',
              desc: 'Supporting point: dependence and withdrawal in surveys of daily users in Malaysia, and the lower figure from a US survey. Keep "in Malaysia" and the 2%. Plain, non-judging tone.',
            },
          ),
      ),
    ],
  },

  // ── 4. "pain relief without the high of opiates" ───────────────────────────────────────────
  {
    id: 'no-high',
    popular: () =>
      msg('Kratom relieves pain without the high of opioid drugs.', {
        id: 'content.correction.no-high.popular',
        desc: 'A popular claim, shown in quotes as something people say (not our view). "High" = the euphoric feeling from drugs.',
      }),
    correction: claim('content.correction.no-high.correction', 'human-observational', ['S5', 'S7', 'R3', 'R6'], () =>
      msg(
        'Kratom can cause opioid-like effects. These include a high, dependence and withdrawal. They are more likely at higher doses or with concentrated products.',
        {
          id: 'content.correction.no-high.correction',
          desc: 'The evidence-based answer to the "no high" claim. Keep "can" and "more likely". Calm, factual tone.',
        },
      ),
    ),
    points: [
      claim('content.correction.no-high.point-agencies', 'regulator', ['R3', 'R6'], () =>
        msg(
          'US drug agencies say kratom can cause euphoria at higher doses. This is a strong feeling of joy. It can also make people sleepy.',
          {
            id: 'content.correction.no-high.point-agencies',
            desc: 'Supporting point (DEA and NIDA descriptions). Keep "at higher doses".',
          },
        ),
      ),
      claim('content.correction.no-high.point-rats', 'animal', ['P6'], () =>
        msg('In rats trained to spot morphine, 7-OH acted almost fully like morphine. Mitragynine partly did.', {
          id: 'content.correction.no-high.point-rats',
          desc: 'Supporting point from a rat drug-discrimination study. Keep "in rats". 7-OH = 7-hydroxymitragynine.',
        }),
      ),
      claim('content.correction.no-high.point-mice', 'animal', ['P16', 'P12'], () =>
        msg(
          'In mice, 7-OH caused withdrawal and a need for more, like morphine. 7-OH and MP also seemed to be habit-forming.',
          {
            id: 'content.correction.no-high.point-mice',
            desc: 'Supporting point from mouse studies. Keep "in mice". MP = mitragynine pseudoindoxyl. "Habit-forming" renders the lab term "reinforcing".',
          },
        ),
      ),
      // The DEA's 7-OH action is a notice of intent (FR doc 2026-13580, 6 Jul 2026); research
      // legal-2026-update.md §3 found no order as of 3 Oct 2026.
      {
        id: 'content.correction.no-high.point-regulators',
        level: 'regulator',
        sources: ['R8', 'FR-2026-13580', 'R9'],
        text: () =>
          msg(
            'The US FDA calls 7-OH an opioid. It has warned firms that sell it. In July 2026 the US DEA proposed adding it above a set amount to Schedule I. That is the strictest drug class. By October 2026, no final order had been found.',
            {
              id: 'content.correction.no-high.point-regulators',
              desc: 'Supporting point about FDA and DEA action on 7-OH products. Keep "proposed" and "no final order had been found": the DEA has only announced its intent. "Schedule I" is a US legal category (keep as is).',
            },
          ),
        pendingRegulatory: true,
        nextReview: '2027-02-22',
      },
    ],
  },

  // ── 5. "may synergize with NSAIDs" ─────────────────────────────────────────────────────────
  {
    id: 'synergy-with-nsaids',
    popular: () =>
      msg('Kratom may work with NSAIDs to fight inflammation.', {
        id: 'content.correction.synergy-with-nsaids.popular',
        desc: 'A popular claim, shown in quotes as something people say (not our view). NSAIDs = common anti-inflammatory pain medicines.',
      }),
    // No study tested the combination: the only kratom data that touch NSAIDs are lab tests of one
    // enzyme [P32], so the chip says "Lab tests only", never "Controlled trial" (content audit F-M2).
    correction: claim(
      'content.correction.synergy-with-nsaids.correction',
      'in-vitro',
      ['P32'],
      () =>
        msg(
          'There is no evidence that kratom works together with NSAIDs. Check any mix of kratom and other drugs with a doctor or pharmacist.',
          {
            id: 'content.correction.synergy-with-nsaids.correction',
            desc: 'The evidence-based answer to the NSAID synergy claim, with advice. Keep "no evidence" and the advice to ask a doctor or pharmacist.',
          },
        ),
      () =>
        msg('No study has tested kratom and an NSAID together. This is true for cells, animals and people.', {
          id: 'content.correction.synergy-with-nsaids.correction-caveat',
          desc: 'Note under the NSAID synergy correction. Keep "no study".',
        }),
    ),
    points: [
      claim('content.correction.synergy-with-nsaids.point-unproven', 'animal', ['P19', 'P20', 'P22', 'P23'], () =>
        msg(
          "Kratom's effects on inflammation have not been shown in people. They come only from studies in cells, rats and mice.",
          {
            id: 'content.correction.synergy-with-nsaids.point-unproven',
            desc: 'Supporting point: the premise is unproven. Keep "not been shown in people".',
          },
        ),
      ),
      claim('content.correction.synergy-with-nsaids.point-cyp3a', 'human-controlled', ['P30'], () =>
        msg(
          'In a small study of healthy adults, one dose of kratom tea slowed CYP3A. These enzymes in the gut and liver break down many medicines. This raised the blood level of another medicine.',
          {
            id: 'content.correction.synergy-with-nsaids.point-cyp3a',
            desc: 'Supporting point: a real drug interaction seen in people. Keep "small study" and the enzyme name CYP3A (explained in plain words after it).',
          },
        ),
      ),
      claim('content.correction.synergy-with-nsaids.point-cyp2c9', 'in-vitro', ['P32'], () =>
        msg(
          'In lab tests, mitragynine only weakly blocks CYP2C9. This enzyme clears many NSAIDs. Whether this matters in people has not been tested.',
          {
            id: 'content.correction.synergy-with-nsaids.point-cyp2c9',
            desc: 'Supporting point. Keep the enzyme name CYP2C9, "in lab tests" and "has not been tested".',
          },
        ),
      ),
    ],
  },
];

/** Corrected statements for the "What the evidence says about pain and inflammation" section. */
export const PAIN_EVIDENCE: readonly Claim[] = [
  claim('content.pain.no-approved-use.text', 'regulator', ['R3', 'R4'], () =>
    msg(
      'Kratom has no approved medical use in the US. The FDA has said there is no evidence that it is safe or works for any health problem.',
      {
        id: 'content.pain.no-approved-use.text',
        desc: 'Pain evidence section, first statement. Keep "no approved medical use" and "FDA".',
      },
    ),
  ),
  claim(
    'content.pain.one-small-study.text',
    'human-controlled',
    ['H1'],
    () =>
      msg(
        'Only one small study has tested kratom for pain against a placebo. In a lab, 26 men in Malaysia who used kratom daily held a hand in ice water longer after kratom. A placebo did not do this. No trial of kratom for any pain condition was found.',
        {
          id: 'content.pain.one-small-study.text',
          desc: 'Pain evidence section: the only placebo-controlled human study. Keep "only one small study", the number 26, "a placebo did not do this" and "no trial ... was found".',
        },
      ),
    () =>
      msg(
        'The men were healthy long-term users who got one dose in a lab pain test. They were tested after 10 to 20 hours without kratom. So some of the effect may have been relief from withdrawal. The result may not apply to people living with pain, to women or to new users.',
        {
          id: 'content.pain.one-small-study.caveat',
          desc: 'Limits of the placebo-controlled study, shown under it. Keep "10 to 20 hours without kratom", "may have been" and "may not apply".',
        },
      ),
  ),
  claim('content.pain.surveys.text', 'human-observational', ['S1', 'S2', 'S3'], () =>
    msg(
      'In surveys, many users say kratom helps their pain. Surveys cannot show that it works. People who answer may not be typical. Memory can be wrong.',
      {
        id: 'content.pain.surveys.text',
        desc: 'Pain evidence section: what user surveys can and cannot show. Keep "cannot show that it works".',
      },
    ),
  ),
  claim('content.pain.opioid-route.text', 'animal', ['P14', 'P2', 'P11'], () =>
    msg(
      "In mice, kratom's pain relief runs mainly through opioid receptors. A drug that blocks them stopped it. Much of the effect came from 7-OH.",
      {
        id: 'content.pain.opioid-route.text',
        desc: 'Pain evidence section: how the pain effect works in mice. Keep "in mice". 7-OH = 7-hydroxymitragynine.',
      },
    ),
  ),
  claim('content.pain.inflammation-cells.text', 'in-vitro', ['P19', 'P20'], () =>
    msg(
      'In mouse cells in a dish, mitragynine and a leaf extract lowered some signs of inflammation. At higher doses, the extract harmed the cells.',
      {
        id: 'content.pain.inflammation-cells.text',
        desc: 'Pain evidence section: anti-inflammatory findings in a mouse cell line. Keep "mouse cells in a dish".',
      },
    ),
  ),
  claim('content.pain.inflammation-rodents.text', 'animal', ['P22', 'P23'], () =>
    msg(
      'In rats and mice, leaf extracts reduced swelling. In one study the extract was injected into the belly. This is not how people use kratom. No studies of kratom and inflammation in people were found.',
      {
        id: 'content.pain.inflammation-rodents.text',
        desc: 'Pain evidence section: anti-inflammatory findings in rodents. Keep "rats and mice", "injected" and "no studies ... in people".',
      },
    ),
  ),
  claim('content.pain.other-plant.text', 'animal', ['P21'], () =>
    msg(
      "Some findings on inflammation used mitraphylline from a second plant, cat's claw. It was not from kratom. No human data exist.",
      {
        id: 'content.pain.other-plant.text',
        desc: 'Pain evidence section. "Cat\'s claw" is the plant Uncaria tomentosa; use its common local name. Keep "another plant" and "no human data".',
      },
    ),
  ),
  claim('content.pain.mechanism-not-proof.text', 'in-vitro', ['P1', 'P5', 'P5b'], () =>
    msg(
      'How kratom works in the lab is not proof that it helps or is safe. Lab studies suggest it acts on opioid receptors in a way unlike morphine. Whether this makes it safer in people has not been shown.',
      {
        id: 'content.pain.mechanism-not-proof.text',
        desc: 'Pain evidence section, closing statement: a lab mechanism is not proof of benefit or safety. Keep this meaning exactly; do not soften "not proof" or "has not been shown".',
      },
    ),
  ),
];
