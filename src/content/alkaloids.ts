/**
 * The eight kratom alkaloids the explainer names (research file `kratom-evidence.md`, §1–§2).
 *
 * Every reader-facing sentence is a localised message call inside an arrow function, so it is looked up in
 * the active locale each time. Receptor numbers (Ki, EC50) are deliberately not shown: the values
 * seen come from different assays, some only from vendor pages, and the mitragynine/7-OH Ki
 * ordering in one abstract conflicts with other reports.
 */
import { msg } from '@lit/localize';
import type { Alkaloid, Claim, EvidenceLevel, ReceptorAction, ReceptorEffect, ReceptorId, Text } from './types.js';

function claim(id: string, level: EvidenceLevel, sources: readonly string[], text: Text, caveat?: Text): Claim {
  return caveat ? { id, level, sources, text, caveat } : { id, level, sources, text };
}

function effect(receptor: ReceptorId, action: ReceptorAction, c: Claim): ReceptorEffect {
  return { receptor, action, claim: c };
}

export const ALKALOIDS: readonly Alkaloid[] = [
  // ── Mitragynine ────────────────────────────────────────────────────────────────────────────
  {
    id: 'mitragynine',
    aliases: ['mg'],
    name: 'Mitragynine',
    formula: 'C23H30N2O4',
    molarMass: 398.5,
    // Formula seen on a Wikipedia mirror and a Thai herbal page: no bibliography id exists for them.
    identitySources: [],
    // CID from a Wikipedia mirror; its UNII (EP479K822J) matches the openFDA substance record.
    pubchemCid: 3034396,
    identityVerified: true,
    role: claim('content.alkaloid.mitragynine.role', 'animal', ['P10', 'P24', 'P1', 'P14'], () =>
      msg(
        'Mitragynine is the main alkaloid in most kratom leaf. In cell tests, it acts on opioid receptors. In mice, a drug that blocks them stopped its pain relief.',
        {
          id: 'content.alkaloid.mitragynine.role',
          desc: 'Alkaloid card, mitragynine: one-line role. Neutral, plain tone. Keep "in cell tests" and "in mice": the findings are not from people.',
        },
      ),
    ),
    share: {
      min: 12,
      max: 66,
      kind: 'range',
      basis: () =>
        msg(
          'Shares run from about 12% in Malaysian leaf to about 66% in Thai leaf. Most of these figures come from secondary pages. In one US leaf product, it was 56% of the measured alkaloids.',
          {
            id: 'content.alkaloid.mitragynine.share-basis',
            desc: 'Alkaloid card, mitragynine: what the share-of-alkaloids range is based on. Keep the numbers and "secondary pages" (the figures are not checked in the original papers).',
          },
        ),
      sources: ['P10', 'P30'],
      verified: false,
    },
    receptors: [
      // Conflicting: Kruegel 2016 [P1] found partial activation; in Obeng 2021's [35S]GTPγS assay [P6]
      // mitragynine was an antagonist while 7-OH was a partial agonist (content audit F-M1).
      effect(
        'mu-opioid',
        'conflicting',
        claim(
          'content.alkaloid.mitragynine.mu-opioid',
          'in-vitro',
          ['P1', 'P6', 'P5', 'P5b'],
          () =>
            msg(
              'Cell tests disagree about the mu-opioid receptor, the main target of drugs like morphine. In one study, mitragynine partly switched it on. In a second study, it blocked it.',
              {
                id: 'content.alkaloid.mitragynine.mu-opioid',
                desc: 'Receptor chip, mitragynine at the mu-opioid receptor: two lab studies disagree (one found it partly switches the receptor on, i.e. a partial agonist; another found it blocks it, i.e. an antagonist). Keep both results and "cell tests".',
              },
            ),
          () =>
            msg(
              'In the study where it blocked the receptor, 7-OH partly switched it on. Lab tests suggest these compounds do not act quite like morphine. Whether this makes them safer in people has not been shown. Test methods differ, so no numbers are shown here.',
              {
                id: 'content.alkaloid.mitragynine.mu-opioid-caveat',
                desc: 'Caveat under the mu-opioid chip for mitragynine. 7-OH = 7-hydroxymitragynine (keep as is). Keep "has not been shown": a lab mechanism is not proof of safety. Explains why no binding numbers are given.',
              },
            ),
        ),
      ),
      effect(
        'kappa-opioid',
        'antagonist',
        claim('content.alkaloid.mitragynine.kappa-opioid', 'in-vitro', ['P1'], () =>
          msg('In cell tests, it blocks the kappa-opioid receptor. It does not switch it on.', {
            id: 'content.alkaloid.mitragynine.kappa-opioid',
            desc: 'Receptor chip, mitragynine at the kappa-opioid receptor ("blocks" = antagonist). Keep "in cell tests".',
          }),
        ),
      ),
      effect(
        'delta-opioid',
        'antagonist',
        claim('content.alkaloid.mitragynine.delta-opioid', 'in-vitro', ['P1'], () =>
          msg('In cell tests, it blocks the delta-opioid receptor. It does not switch it on.', {
            id: 'content.alkaloid.mitragynine.delta-opioid',
            desc: 'Receptor chip, mitragynine at the delta-opioid receptor ("blocks" = antagonist). Keep "in cell tests".',
          }),
        ),
      ),
      effect(
        'adrenergic',
        'binds',
        claim(
          'content.alkaloid.mitragynine.adrenergic',
          'in-vitro',
          ['P7', 'W1', 'P18', 'P13'],
          () =>
            msg(
              'It also binds to adrenergic receptors. These react to adrenaline. It binds more tightly to opioid ones.',
              {
                id: 'content.alkaloid.mitragynine.adrenergic',
                desc: 'Receptor chip, mitragynine at adrenergic (adrenaline/noradrenaline) receptors. Lab binding data; plain, neutral tone.',
              },
            ),
          () =>
            msg('In mice, a drug that blocks alpha-2 receptors made its pain relief weaker.', {
              id: 'content.alkaloid.mitragynine.adrenergic-caveat',
              desc: 'Caveat under the adrenergic chip for mitragynine. Keep "in mice": this is an animal finding.',
            }),
        ),
      ),
      effect(
        'cyp2d6',
        'inhibitor',
        claim(
          'content.alkaloid.mitragynine.cyp2d6',
          'in-vitro',
          ['P31', 'P32', 'P30'],
          () =>
            msg('In lab tests, it strongly blocks CYP2D6. This is a liver enzyme that breaks down many medicines.', {
              id: 'content.alkaloid.mitragynine.cyp2d6',
              desc: 'Enzyme chip, mitragynine and the liver enzyme CYP2D6 (keep the enzyme name as is). Keep "in lab tests".',
            }),
          () =>
            msg('One small study in people did not see this effect after one dose of kratom tea.', {
              id: 'content.alkaloid.mitragynine.cyp2d6-caveat',
              desc: 'Caveat under the CYP2D6 chip for mitragynine: the lab effect was not seen in a small human study.',
            }),
        ),
      ),
      effect(
        'cyp3a4',
        'inhibitor',
        claim(
          'content.alkaloid.mitragynine.cyp3a4',
          'human-controlled',
          ['P30', 'P31', 'P29', 'P11'],
          () =>
            msg(
              'CYP3A4 is an enzyme in the gut and liver that breaks down many medicines. In a small study of healthy adults, kratom tea slowed it, mostly in the gut. This raised the blood level of a medicine it clears.',
              {
                id: 'content.alkaloid.mitragynine.cyp3a4',
                desc: 'Enzyme chip, mitragynine and the enzyme CYP3A4 (keep the name as is). The first sentence explains the enzyme in plain words. Keep "small study" (one trial in 12 adults) and "mostly in the gut".',
              },
            ),
          () =>
            msg('It also turns some mitragynine into 7-OH. This was seen in mice and with human enzymes in a dish.', {
              id: 'content.alkaloid.mitragynine.cyp3a4-caveat',
              desc: 'Caveat under the CYP3A4 chip for mitragynine: the enzyme also converts mitragynine to 7-OH (7-hydroxymitragynine; keep "7-OH"). Keep "in the lab and in mice": not shown in people.',
            }),
        ),
      ),
    ],
    caveat: claim(
      'content.alkaloid.mitragynine.caveat',
      'animal',
      ['P29', 'P2', 'P11'],
      () =>
        msg(
          'The enzyme CYP3A4 turns some mitragynine into 7-OH, a stronger opioid. This was seen in mice and with human enzymes in a dish. In mice, much of its pain relief seemed to come from 7-OH.',
          {
            id: 'content.alkaloid.mitragynine.caveat',
            desc: 'Key caveat on the mitragynine card. Keep "in the lab and in mice", "in mice" and "seemed": the findings are from lab tests and animals and partly from a secondary summary.',
          },
        ),
      () =>
        msg(
          'In mice, its effect on breathing leveled off at higher doses. This has not been shown in people. It would not protect people who take 7-OH products or mix kratom with other drugs that slow breathing.',
          {
            id: 'content.alkaloid.mitragynine.caveat-breathing',
            desc: 'Extra caveat on the mitragynine card about the breathing "ceiling" seen in mice. Keep "in mice" and "has not been shown in people". Safety-relevant: do not soften.',
          },
        ),
    ),
  },

  // ── 7-Hydroxymitragynine (7-OH) ────────────────────────────────────────────────────────────
  {
    id: '7-hydroxymitragynine',
    aliases: ['7-oh', '7oh', '7-hydroxy', '7-hmg'],
    name: '7-Hydroxymitragynine (7-OH)',
    formula: 'C23H30N2O5',
    molarMass: 414.5,
    // Formula seen on a Wikipedia mirror; CID from the openFDA substance record (UNII 2T3TWA75R0).
    // Neither has a bibliography id.
    identitySources: [],
    pubchemCid: 44301524,
    identityVerified: true,
    role: claim('content.alkaloid.7-hydroxymitragynine.role', 'animal', ['P1', 'P15'], () =>
      msg(
        '7-OH acts on opioid receptors more strongly than mitragynine does. In mice, it took less of it than morphine to block pain. It also worked when swallowed.',
        {
          id: 'content.alkaloid.7-hydroxymitragynine.role',
          desc: 'Alkaloid card, 7-OH (7-hydroxymitragynine): one-line role. Keep "in mice". Do not make it sound like a benefit: it describes opioid strength.',
        },
      ),
    ),
    share: {
      min: null,
      max: 2,
      kind: 'trace',
      basis: () =>
        msg(
          'Leaf has only a trace. Secondary pages say up to about 2% of the alkaloids. In one US leaf product it was too low to measure. Some products have far more. This suggests it was added. Concentrated 7-OH products are made in a lab from mitragynine taken from the leaf.',
          {
            id: 'content.alkaloid.7-hydroxymitragynine.share-basis',
            desc: 'Alkaloid card, 7-OH: what the "trace" share is based on. Keep "secondary pages" and "suggests" (adulteration is suspected, not proven for every product). "Made in a lab from mitragynine" = semi-synthetic: mitragynine extracted from the leaf is chemically converted; use the same wording as the risk checklist.',
          },
        ),
      sources: ['P30', 'P35', 'SMITH-2025', 'R9'],
      verified: false,
    },
    receptors: [
      effect(
        'mu-opioid',
        'partial-agonist',
        claim(
          'content.alkaloid.7-hydroxymitragynine.mu-opioid',
          'in-vitro',
          ['P1', 'P6', 'P11'],
          () =>
            msg('In cell tests, it partly switches on the mu-opioid receptor. It does so more than mitragynine.', {
              id: 'content.alkaloid.7-hydroxymitragynine.mu-opioid',
              desc: 'Receptor chip, 7-OH at the mu-opioid receptor ("partly switches on" = partial agonist). Keep "in cell tests".',
            }),
          () =>
            msg('In mice, its slowing of breathing kept rising as the dose went up.', {
              id: 'content.alkaloid.7-hydroxymitragynine.mu-opioid-caveat',
              desc: 'Caveat under the mu-opioid chip for 7-OH: breathing depression in mice had no ceiling in the doses tested. Keep "in mice". Safety-relevant.',
            }),
        ),
      ),
      effect(
        'kappa-opioid',
        'antagonist',
        claim('content.alkaloid.7-hydroxymitragynine.kappa-opioid', 'in-vitro', ['P1'], () =>
          msg('In cell tests, it blocks the kappa-opioid receptor. It does not switch it on.', {
            id: 'content.alkaloid.7-hydroxymitragynine.kappa-opioid',
            desc: 'Receptor chip, 7-OH at the kappa-opioid receptor ("blocks" = antagonist). Keep "in cell tests".',
          }),
        ),
      ),
      effect(
        'delta-opioid',
        'antagonist',
        claim('content.alkaloid.7-hydroxymitragynine.delta-opioid', 'in-vitro', ['P1'], () =>
          msg('In cell tests, it blocks the delta-opioid receptor. It does not switch it on.', {
            id: 'content.alkaloid.7-hydroxymitragynine.delta-opioid',
            desc: 'Receptor chip, 7-OH at the delta-opioid receptor ("blocks" = antagonist). Keep "in cell tests".',
          }),
        ),
      ),
    ],
    caveat: claim(
      'content.alkaloid.7-hydroxymitragynine.caveat',
      'regulator',
      ['R8', 'R9', 'SMITH-2025', 'P35', 'P29', 'P16'],
      () =>
        msg(
          'Concentrated 7-OH products are not the same as kratom leaf. They are made in a lab from mitragynine taken from the leaf. The head of the FDA has called 7-OH an opioid that can be stronger than morphine.',
          {
            id: 'content.alkaloid.7-hydroxymitragynine.caveat',
            desc: 'Key caveat on the 7-OH card: concentrated 7-OH products differ from leaf and are semi-synthetic ("made in a lab from mitragynine"; use the same wording as the risk checklist). Keep "FDA" and "can be" (it reports what the FDA Commissioner said). Serious, factual tone.',
          },
        ),
      () =>
        msg('In mice, 7-OH caused withdrawal and a need for more, as morphine does.', {
          id: 'content.alkaloid.7-hydroxymitragynine.caveat-mice',
          desc: 'Extra caveat on the 7-OH card. Keep "in mice": animal finding.',
        }),
    ),
  },

  // ── Speciogynine ───────────────────────────────────────────────────────────────────────────
  {
    id: 'speciogynine',
    aliases: [],
    name: 'Speciogynine',
    formula: 'C23H30N2O4',
    molarMass: 398.5,
    // Same formula as mitragynine because it is a diastereomer [P26]; not checked in a database.
    identitySources: ['P26'],
    pubchemCid: null,
    identityVerified: false,
    role: claim('content.alkaloid.speciogynine.role', 'animal', ['P26', 'P8'], () =>
      msg(
        'Speciogynine is a close cousin of mitragynine. They have the same atoms, but in a new shape. In rats, it eased pain, but not through opioid receptors.',
        {
          id: 'content.alkaloid.speciogynine.role',
          desc: 'Alkaloid card, speciogynine: one-line role. "Close cousin" = same formula (same atoms), different 3D shape. Keep "in rats".',
        },
      ),
    ),
    share: {
      min: null,
      max: null,
      kind: 'unknown',
      basis: () =>
        msg(
          'Vendor pages give about 7% of the total, but this was not checked. In one US product it was 9% of those measured. One US-grown plant type is rich in it.',
          {
            id: 'content.alkaloid.speciogynine.share-basis',
            desc: 'Alkaloid card, speciogynine: why no share range is shown. Keep "not checked" (vendor figure is unverified).',
          },
        ),
      sources: ['P30', 'P24'],
      verified: false,
    },
    receptors: [
      effect(
        'serotonin-5ht1a',
        'binds',
        claim('content.alkaloid.speciogynine.serotonin-5ht1a', 'in-vitro', ['P8'], () =>
          msg(
            "In cell tests, it binds tightly to 5-HT1A. This is one of the brain's serotonin receptors. A breakdown product of it switches this receptor on.",
            {
              id: 'content.alkaloid.speciogynine.serotonin-5ht1a',
              desc: 'Receptor chip, speciogynine at the serotonin 5-HT1A receptor (keep "5-HT1A" as is). Keep "in cell tests".',
            },
          ),
        ),
      ),
      effect(
        'serotonin-5ht2b',
        'binds',
        claim('content.alkaloid.speciogynine.serotonin-5ht2b', 'in-vitro', ['P8'], () =>
          msg(
            'It binds to the 5-HT2B receptor but does not switch it on. The study authors see this as a sign of low risk to heart valves.',
            {
              id: 'content.alkaloid.speciogynine.serotonin-5ht2b',
              desc: 'Receptor chip, speciogynine at the serotonin 5-HT2B receptor (keep "5-HT2B"). The low-risk point is the authors\' reading, not a proven fact: keep "see this as".',
            },
          ),
        ),
      ),
      // Unclear: the activation finding is a conference abstract only [P9] (content audit F-m3).
      effect(
        'mu-opioid',
        'unclear',
        claim(
          'content.alkaloid.speciogynine.mu-opioid',
          'in-vitro',
          ['P9', 'P17'],
          () =>
            msg(
              'What it does at the mu-opioid receptor is unclear. One short report says it switches it on only a little. A second lab study found it weaker there than other kratom compounds.',
              {
                id: 'content.alkaloid.speciogynine.mu-opioid',
                desc: 'Receptor chip, speciogynine at the mu-opioid receptor: the evidence is thin. Keep "unclear" and "only a little". Plain, neutral tone.',
              },
            ),
          () =>
            msg('The report that it switches the receptor on is a short meeting report, not a full paper.', {
              id: 'content.alkaloid.speciogynine.mu-opioid-caveat',
              desc: 'Caveat under the mu-opioid chip for speciogynine: the main finding comes from a conference abstract only ("meeting report").',
            }),
        ),
      ),
    ],
    caveat: claim('content.alkaloid.speciogynine.caveat', 'animal', ['P8'], () =>
      msg('Its effects come from cell and rat studies. What they mean for people is not known.', {
        id: 'content.alkaloid.speciogynine.caveat',
        desc: 'Key caveat on the speciogynine card. Keep "not known": there are no human data on these effects.',
      }),
    ),
  },

  // ── Paynantheine ───────────────────────────────────────────────────────────────────────────
  {
    id: 'paynantheine',
    aliases: [],
    name: 'Paynantheine',
    // Formula not seen in any source; the research derived it from structure knowledge (verify).
    formula: 'C23H28N2O4',
    molarMass: 396.5,
    identitySources: [],
    pubchemCid: null,
    identityVerified: false,
    role: claim('content.alkaloid.paynantheine.role', 'animal', ['P8', 'P9'], () =>
      msg('Paynantheine is also found in kratom. In rats, it eased pain, but not through opioid receptors.', {
        id: 'content.alkaloid.paynantheine.role',
        desc: 'Alkaloid card, paynantheine: one-line role. "Eased pain" = reduced pain responses in a rat test. Keep "in rats".',
      }),
    ),
    share: {
      min: null,
      max: null,
      kind: 'unknown',
      basis: () =>
        msg(
          'Vendor pages give about 9% of the total, but this was not checked. In one US product it was 17% of those measured.',
          {
            id: 'content.alkaloid.paynantheine.share-basis',
            desc: 'Alkaloid card, paynantheine: why no share range is shown. Keep "not checked" (vendor figure is unverified).',
          },
        ),
      sources: ['P30'],
      verified: false,
    },
    receptors: [
      effect(
        'serotonin-5ht1a',
        'binds',
        claim('content.alkaloid.paynantheine.serotonin-5ht1a', 'in-vitro', ['P8'], () =>
          msg(
            "In cell tests, it binds tightly to 5-HT1A. This is one of the brain's serotonin receptors. What this does in the body is not clear.",
            {
              id: 'content.alkaloid.paynantheine.serotonin-5ht1a',
              desc: 'Receptor chip, paynantheine at the serotonin 5-HT1A receptor (keep "5-HT1A"). Keep "in cell tests".',
            },
          ),
        ),
      ),
      effect(
        'serotonin-5ht2b',
        'binds',
        claim('content.alkaloid.paynantheine.serotonin-5ht2b', 'in-vitro', ['P8'], () =>
          msg('It binds to the 5-HT2B receptor but does not switch it on.', {
            id: 'content.alkaloid.paynantheine.serotonin-5ht2b',
            desc: 'Receptor chip, paynantheine at the serotonin 5-HT2B receptor (keep "5-HT2B"). Plain, neutral tone.',
          }),
        ),
      ),
      // Unclear: the activation finding is a conference abstract only [P9] (content audit F-m3).
      effect(
        'mu-opioid',
        'unclear',
        claim(
          'content.alkaloid.paynantheine.mu-opioid',
          'in-vitro',
          ['P9', 'P17'],
          () =>
            msg(
              'What it does at the mu-opioid receptor is unclear. One short report ranks it among the weakest at switching it on. A second lab study found it weaker there than other kratom compounds.',
              {
                id: 'content.alkaloid.paynantheine.mu-opioid',
                desc: 'Receptor chip, paynantheine at the mu-opioid receptor: the evidence is thin. Keep "unclear". Plain, neutral tone.',
              },
            ),
          () =>
            msg('The report that it switches the receptor on is a short meeting report, not a full paper.', {
              id: 'content.alkaloid.paynantheine.mu-opioid-caveat',
              desc: 'Caveat under the mu-opioid chip for paynantheine: the main finding comes from a conference abstract only ("meeting report").',
            }),
        ),
      ),
    ],
    caveat: claim('content.alkaloid.paynantheine.caveat', 'animal', ['P8'], () =>
      msg('Its effects come from cell and rat studies. What they mean for people is not known.', {
        id: 'content.alkaloid.paynantheine.caveat',
        desc: 'Key caveat on the paynantheine card. Keep "not known": there are no human data on these effects.',
      }),
    ),
  },

  // ── Speciociliatine ────────────────────────────────────────────────────────────────────────
  {
    id: 'speciociliatine',
    aliases: [],
    name: 'Speciociliatine',
    formula: 'C23H30N2O4',
    molarMass: 398.5,
    // Same formula as mitragynine because it is a diastereomer [P26].
    identitySources: ['P26'],
    // Inferred only: an openFDA record with CAS 14382-79-7 lists this CID, and a vendor page assigns
    // that CAS to speciociliatine. Verify in PubChem.
    pubchemCid: 15560576,
    identityVerified: false,
    role: claim('content.alkaloid.speciociliatine.role', 'in-vitro', ['P26', 'P9'], () =>
      msg(
        'Speciociliatine is a close cousin of mitragynine. They have the same atoms, but in a new shape. In one lab study, it switched on the mu-opioid receptor more strongly.',
        {
          id: 'content.alkaloid.speciociliatine.role',
          desc: 'Alkaloid card, speciociliatine: one-line role. "Close cousin" = same formula (same atoms), different 3D shape. "More strongly" = than mitragynine. Keep "in one lab study".',
        },
      ),
    ),
    share: {
      min: null,
      max: null,
      kind: 'unknown',
      basis: () =>
        msg(
          'A vendor page gives about 9% of the total, but this was not checked. In one US product it was 15% of those measured.',
          {
            id: 'content.alkaloid.speciociliatine.share-basis',
            desc: 'Alkaloid card, speciociliatine: why no share range is shown. Keep "not checked" (vendor figure is unverified).',
          },
        ),
      sources: ['P30'],
      verified: false,
    },
    receptors: [
      effect(
        'mu-opioid',
        'partial-agonist',
        claim(
          'content.alkaloid.speciociliatine.mu-opioid',
          'in-vitro',
          ['P9'],
          () =>
            msg('In cell tests, it partly switches on the mu-opioid receptor.', {
              id: 'content.alkaloid.speciociliatine.mu-opioid',
              desc: 'Receptor chip, speciociliatine at the mu-opioid receptor ("partly switches on" = partial agonist). Keep "in cell tests".',
            }),
          () =>
            msg('This comes from a short meeting report, not a full paper.', {
              id: 'content.alkaloid.speciociliatine.mu-opioid-caveat',
              desc: 'Caveat under the mu-opioid chip for speciociliatine: based on a conference abstract only ("meeting report").',
            }),
        ),
      ),
    ],
    caveat: claim('content.alkaloid.speciociliatine.caveat', 'in-vitro', ['P9', 'P7'], () =>
      msg(
        'Its effects have been studied only in the lab and in animals. No studies of its effects in people were found.',
        {
          id: 'content.alkaloid.speciociliatine.caveat',
          desc: 'Key caveat on the speciociliatine card. Keep "only" and "no studies of its effects in people" (its blood levels have been measured in people, its effects have not).',
        },
      ),
    ),
  },

  // ── Corynantheidine ────────────────────────────────────────────────────────────────────────
  {
    id: 'corynantheidine',
    aliases: [],
    name: 'Corynantheidine',
    // Derived from its identity as 9-demethoxymitragynine on a vendor page (verify); no bibliography id.
    formula: 'C22H28N2O3',
    molarMass: 368.5,
    identitySources: [],
    pubchemCid: null,
    identityVerified: false,
    role: claim('content.alkaloid.corynantheidine.role', 'in-vitro', ['P7'], () =>
      msg(
        'Corynantheidine is also found in kratom. In cell tests, it binds to adrenergic receptors more than to opioid ones. Mitragynine does the reverse.',
        {
          id: 'content.alkaloid.corynantheidine.role',
          desc: 'Alkaloid card, corynantheidine: one-line role (lab binding data). "The other way round" = mitragynine binds opioid receptors more. Plain, neutral tone.',
        },
      ),
    ),
    share: {
      min: null,
      max: null,
      kind: 'unknown',
      basis: () =>
        msg('Vendor pages say it is under 1% of the total, but this was not checked.', {
          id: 'content.alkaloid.corynantheidine.share-basis',
          desc: 'Alkaloid card, corynantheidine: why no share is shown. Keep "not checked" (vendor figure is unverified).',
        }),
      // The only figure is from vendor/blog pages, which are not in the bibliography.
      sources: [],
      verified: false,
    },
    receptors: [
      effect(
        'adrenergic',
        'binds',
        claim('content.alkaloid.corynantheidine.adrenergic', 'in-vitro', ['P7'], () =>
          msg('In cell tests, it binds these receptors more than opioid ones.', {
            id: 'content.alkaloid.corynantheidine.adrenergic',
            desc: 'Receptor chip, corynantheidine at adrenergic (adrenaline/noradrenaline) receptors. Keep "in cell tests".',
          }),
        ),
      ),
    ],
    caveat: claim('content.alkaloid.corynantheidine.caveat', 'in-vitro', ['P7'], () =>
      msg('The studies found on it are lab tests. Its effects in people are not known.', {
        id: 'content.alkaloid.corynantheidine.caveat',
        desc: 'Key caveat on the corynantheidine card. Keep "not known".',
      }),
    ),
  },

  // ── Mitraphylline ──────────────────────────────────────────────────────────────────────────
  {
    id: 'mitraphylline',
    aliases: [],
    name: 'Mitraphylline',
    // Formula not seen in any source (verify); no bibliography id.
    formula: 'C21H24N2O4',
    molarMass: 368.4,
    identitySources: [],
    pubchemCid: null,
    identityVerified: false,
    role: claim('content.alkaloid.mitraphylline.role', 'animal', ['P21'], () =>
      msg(
        "Mitraphylline is a kratom alkaloid of a different kind. The studies we found on it took it from a second plant, cat's claw.",
        {
          id: 'content.alkaloid.mitraphylline.role',
          desc: 'Alkaloid card, mitraphylline: one-line role. "Cat\'s claw" is the plant Uncaria tomentosa; use its common local name. Keep "another plant".',
        },
      ),
    ),
    share: {
      min: null,
      max: null,
      kind: 'unknown',
      basis: () =>
        msg('Vendor pages say it is under 1% of the total, but this was not checked.', {
          id: 'content.alkaloid.mitraphylline.share-basis',
          desc: 'Alkaloid card, mitraphylline: why no share is shown. Keep "not checked" (vendor figure is unverified).',
        }),
      // The only figure is from vendor/blog pages, which are not in the bibliography.
      sources: [],
      verified: false,
    },
    receptors: [
      // "No data found" reports an absence: the explainer shows no evidence chip for it (content audit
      // F-m4). Its level records the only data that exist on mitraphylline (cat's claw, mice).
      effect(
        'mu-opioid',
        'no-data',
        claim('content.alkaloid.mitraphylline.mu-opioid', 'animal', ['P21'], () =>
          msg('No data from kratom were found on how it acts at opioid receptors.', {
            id: 'content.alkaloid.mitraphylline.mu-opioid',
            desc: 'Receptor chip, mitraphylline at opioid receptors: no data. Keep "no data ... were found" (absence of evidence, not evidence of no effect).',
          }),
        ),
      ),
    ],
    caveat: claim('content.alkaloid.mitraphylline.caveat', 'animal', ['P21'], () =>
      msg(
        "In mice given mitraphylline from cat's claw, it eased inflammation. This was not from kratom. There are no human data.",
        {
          id: 'content.alkaloid.mitraphylline.caveat',
          desc: 'Key caveat on the mitraphylline card. Keep "in mice", "cat\'s claw" (another plant) and "no human data".',
        },
      ),
    ),
  },

  // ── Mitragynine pseudoindoxyl (MP) ─────────────────────────────────────────────────────────
  {
    id: 'mitragynine-pseudoindoxyl',
    aliases: ['mp', 'pseudoindoxyl'],
    name: 'Mitragynine pseudoindoxyl (MP)',
    formula: 'C23H30N2O5',
    molarMass: 414.5,
    // Formula and CID seen only on a Wikipedia mirror; no bibliography id, not checked in PubChem.
    identitySources: [],
    pubchemCid: 44301701,
    identityVerified: false,
    role: claim('content.alkaloid.mitragynine-pseudoindoxyl.role', 'in-vitro', ['P3', 'P10', 'P12'], () =>
      msg('MP is a strong opioid that can form from 7-OH. In human blood samples in the lab, 7-OH turned into MP.', {
        id: 'content.alkaloid.mitragynine-pseudoindoxyl.role',
        desc: 'Alkaloid card, mitragynine pseudoindoxyl (MP): one-line role. Keep "MP" and "7-OH" as is. Keep "in the lab".',
      }),
    ),
    share: {
      min: null,
      max: null,
      kind: 'not-in-leaf',
      basis: () =>
        msg(
          'US health officials say the kratom plant does not make MP on its own. Lab studies show it can form from 7-OH in human blood and in mice.',
          {
            id: 'content.alkaloid.mitragynine-pseudoindoxyl.share-basis',
            desc: 'Alkaloid card, MP: why it has no share of leaf alkaloids. Plain, factual tone.',
          },
        ),
      sources: ['R9', 'P10', 'P12'],
      verified: true,
    },
    receptors: [
      effect(
        'mu-opioid',
        'agonist',
        claim(
          'content.alkaloid.mitragynine-pseudoindoxyl.mu-opioid',
          'in-vitro',
          ['P3'],
          () =>
            msg('In cell tests, it strongly switches on the mu-opioid receptor.', {
              id: 'content.alkaloid.mitragynine-pseudoindoxyl.mu-opioid',
              desc: 'Receptor chip, MP at the mu-opioid receptor (agonist). Keep "in cell tests".',
            }),
          () =>
            msg(
              'In mice, tolerance built up more slowly than with morphine. It still slowed breathing and caused constipation.',
              {
                id: 'content.alkaloid.mitragynine-pseudoindoxyl.mu-opioid-caveat',
                desc: 'Caveat under the mu-opioid chip for MP. Keep "in mice" and "still": slower tolerance does not mean safe.',
              },
            ),
        ),
      ),
      effect(
        'delta-opioid',
        'antagonist',
        claim('content.alkaloid.mitragynine-pseudoindoxyl.delta-opioid', 'in-vitro', ['P3'], () =>
          msg('In cell tests, it blocks the delta-opioid receptor. It does not switch it on.', {
            id: 'content.alkaloid.mitragynine-pseudoindoxyl.delta-opioid',
            desc: 'Receptor chip, MP at the delta-opioid receptor ("blocks" = antagonist). Keep "in cell tests".',
          }),
        ),
      ),
    ],
    // A temporary DEA order (FR doc 2026-17429, effective 26 Aug 2026 to 26 Aug 2028; research
    // legal-2026-update.md §3): what follows it (extension, permanent listing) is pending.
    caveat: {
      id: 'content.alkaloid.mitragynine-pseudoindoxyl.caveat',
      level: 'regulator',
      sources: ['FR-2026-17429', 'R9', 'P10', 'P12'],
      text: () =>
        msg(
          'US health officials say the kratom plant does not make MP on its own. Reports say the US DEA has listed MP in Schedule I since August 2026. That is the strictest drug class. The listing is for up to two years. We have not seen the order.',
          {
            id: 'content.alkaloid.mitragynine-pseudoindoxyl.caveat',
            desc: 'Key caveat on the MP card. Keep "US health officials say" (it is their statement; some chemists call MP a natural product). Keep "Reports say" and "We have not seen the order": the DEA order is known only from documents that cite it. "Schedule I" is a US legal category (keep as is). Keep "for up to two years".',
          },
        ),
      caveat: () =>
        msg('A later mouse study found signs that MP can be habit-forming.', {
          id: 'content.alkaloid.mitragynine-pseudoindoxyl.caveat-mice',
          desc: 'Extra caveat on the MP card. Keep "mouse study" and "signs". "Habit-forming" renders the lab term "reinforcing".',
        }),
      pendingRegulatory: true,
      nextReview: '2027-02-22',
    },
  },
];
