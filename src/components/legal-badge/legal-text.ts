/**
 * Localised templates that turn structured legal fields into reader-facing text, so every locale
 * is complete without per-jurisdiction prose. `unclear` never renders as legal.
 */
import { msg, str } from '@lit/localize';
import type { LegalRule, LegalStatus, LocalRuleKind, Product } from '../../content/types.js';

/**
 * What the badge shows as its status: a legal status, `no-law` (status `legal` where the research
 * found no kratom law at all: shown as "No kratom law found", never as "Legal") or `not-verified`
 * (no source says what applies to concentrated 7-OH products there).
 */
export type ShownStatus = LegalStatus | 'no-law' | 'not-verified';

/** The status to show for a status and its rules: `legal` with `no-specific-law` is `no-law`. */
export function shownStatus(status: LegalStatus | 'not-verified', rules: readonly LegalRule[]): ShownStatus {
  return status === 'legal' && rules.includes('no-specific-law') ? 'no-law' : status;
}

/** The status word shown on the badge. */
export function statusWord(status: LegalStatus): string {
  switch (status) {
    case 'legal':
      return msg('Legal', {
        id: 'legalBadge.status.legal',
        desc: 'Badge status word: no kratom-specific law found; kratom is not controlled. One or two words.',
      });
    case 'regulated':
      return msg('Regulated', {
        id: 'legalBadge.status.regulated',
        desc: 'Badge status word: lawful for adults under specific kratom rules (age limit, labels, testing). One or two words.',
      });
    case 'restricted':
      return msg('Restricted', {
        id: 'legalBadge.status.restricted',
        desc: 'Badge status word: not a controlled drug, but sale or some products are limited by law. One or two words.',
      });
    case 'banned':
      return msg('Banned', {
        id: 'legalBadge.status.banned',
        desc: 'Badge status word: kratom or its alkaloids are controlled or prohibited. One or two words.',
      });
    case 'unclear':
      return msg('Status uncertain', {
        id: 'legalBadge.status.unclear',
        desc: 'Badge status word when sources conflict or a change is pending. Must never sound like "legal". Two or three words.',
      });
  }
}

/**
 * The status word for what the badge shows: like `statusWord`, plus "No kratom law found" and
 * "Not verified for 7-OH products".
 */
export function shownStatusWord(shown: ShownStatus): string {
  switch (shown) {
    case 'no-law':
      return msg('No kratom law found', {
        id: 'legalBadge.status.noLaw',
        desc: 'Badge status word where the research found no law about kratom at all (it is not controlled, but nothing says it is allowed or safe). Must not sound like "legal", "allowed" or "safe". Short.',
      });
    case 'not-verified':
      return msg('Not verified for 7-OH products', {
        id: 'legalBadge.status.sevenOhNotVerified',
        desc: 'Badge status word for concentrated 7-OH products where no source says what the law does about them. Must not sound like legal. Keep "7-OH". Short.',
      });
    default:
      return statusWord(shown);
  }
}

/**
 * The status word in a dated change ("1 Jul 2026: Banned"). A change carries no rules, and in this
 * data `legal` means that no kratom law was found: it reads "No kratom law found", never "Legal".
 */
export function changeStatusWord(status: LegalStatus): string {
  return shownStatusWord(status === 'legal' ? 'no-law' : status);
}

/**
 * One sentence that sums up what the badge shows for a place and product. For concentrated 7-OH
 * products it speaks of those products, never of kratom in general.
 */
export function shownStatusSummary(shown: ShownStatus, place: string, product: Product = 'leaf'): string {
  if (product === '7-oh' && shown !== 'not-verified') return sevenOhSummary(shown, place);
  switch (shown) {
    case 'no-law':
      return msg(
        str`We found no law in ${place} about kratom itself. That does not mean it is safe or approved. General food and medicine rules still apply.`,
        {
          id: 'legalBadge.summary.noLaw',
          desc: 'Details summary where no kratom law was found. Placeholder: place name. Must not suggest that kratom is allowed, approved or safe.',
        },
      );
    case 'not-verified':
      return msg(
        str`We found no source that says what the law in ${place} does about concentrated 7-OH products. That does not mean they are legal. Check local law.`,
        {
          id: 'legalBadge.summary.sevenOhNotVerified',
          desc: 'Details summary for concentrated 7-OH products where no source says what applies. Placeholder: place name. Keep "7-OH". Must not suggest they are legal.',
        },
      );
    default:
      return statusSummary(shown, place);
  }
}

function sevenOhSummary(shown: Exclude<ShownStatus, 'not-verified'>, place: string): string {
  switch (shown) {
    case 'banned':
      return msg(
        str`In ${place}, concentrated 7-OH products are banned. Having or selling them is generally an offence.`,
        {
          id: 'legalBadge.summary.sevenOh.banned',
          desc: 'Details summary for concentrated 7-OH products with status "banned". Placeholder: place name. Keep "7-OH".',
        },
      );
    case 'restricted':
      return msg(str`In ${place}, the law limits or forbids the sale of concentrated 7-OH products.`, {
        id: 'legalBadge.summary.sevenOh.restricted',
        desc: 'Details summary for concentrated 7-OH products with status "restricted". Placeholder: place name. Keep "7-OH".',
      });
    case 'regulated':
      return msg(
        str`In ${place}, adults may buy concentrated 7-OH products, but special rules control how they are sold.`,
        {
          id: 'legalBadge.summary.sevenOh.regulated',
          desc: 'Details summary for concentrated 7-OH products with status "regulated". Placeholder: place name. Keep "7-OH".',
        },
      );
    case 'unclear':
      return msg(
        str`The status of concentrated 7-OH products in ${place} is uncertain. Sources disagree, or a change is pending. Check local law.`,
        {
          id: 'legalBadge.summary.sevenOh.unclear',
          desc: 'Details summary for concentrated 7-OH products with status "unclear". Placeholder: place name. Keep "7-OH". Must not suggest they are legal.',
        },
      );
    case 'legal':
    case 'no-law':
      return msg(
        str`We found no law in ${place} about concentrated 7-OH products. That does not mean they are safe or approved. General food and medicine rules still apply.`,
        {
          id: 'legalBadge.summary.sevenOh.noLaw',
          desc: 'Details summary for concentrated 7-OH products where no law about them was found. Placeholder: place name. Keep "7-OH". Must not suggest they are allowed, approved or safe.',
        },
      );
  }
}

/** The word for a product's status in the "By product" list ("Not verified" needs no product there). */
export function byProductWord(shown: ShownStatus): string {
  return shown === 'not-verified'
    ? msg('Not verified', {
        id: 'legalBadge.status.unverified',
        desc: 'Badge status word when research found no source for this place. Must not sound like legal. Short.',
      })
    : shownStatusWord(shown);
}

/** What a city or county rule does, by kind. */
export function localRuleKindText(kind: LocalRuleKind): string {
  switch (kind) {
    case 'ban':
      return msg('Local ban', {
        id: 'legalBadge.localities.kindBan',
        desc: 'Kind of a city or county rule: the city or county bans kratom. Short.',
      });
    case 'restriction':
      return msg('Local limits on sale', {
        id: 'legalBadge.localities.kindRestriction',
        desc: 'Kind of a city or county rule: the city or county limits how kratom is sold. Short.',
      });
    case 'age-limit':
      return msg('Local minimum age', {
        id: 'legalBadge.localities.kindAgeLimit',
        desc: 'Kind of a city or county rule: the city or county sets a minimum age to buy kratom. Short.',
      });
    case 'proposed':
      return msg('Proposed; not confirmed in force', {
        id: 'legalBadge.localities.kindProposed',
        desc: 'Kind of a city or county rule: a rule was proposed, and we could not confirm that it is in force. Short.',
      });
  }
}

/** One sentence that sums up the status for a place. */
export function statusSummary(status: LegalStatus, place: string): string {
  switch (status) {
    case 'legal':
      return msg(
        str`We found no law in ${place} that controls kratom itself. General food and medicine rules still apply.`,
        {
          id: 'legalBadge.summary.legal',
          desc: 'Details summary for status "legal". Placeholder: place name. Do not make it sound like approval.',
        },
      );
    case 'regulated':
      return msg(str`In ${place}, adults may buy kratom, but special rules control how it is sold.`, {
        id: 'legalBadge.summary.regulated',
        desc: 'Details summary for status "regulated". Placeholder: place name.',
      });
    case 'restricted':
      return msg(
        str`In ${place}, kratom is not treated as an illegal drug, but the law limits its sale or some products.`,
        {
          id: 'legalBadge.summary.restricted',
          desc: 'Details summary for status "restricted". Placeholder: place name.',
        },
      );
    case 'banned':
      return msg(
        str`In ${place}, kratom or its main compounds are banned. Having or selling them is generally an offence.`,
        {
          id: 'legalBadge.summary.banned',
          desc: 'Details summary for status "banned". Placeholder: place name.',
        },
      );
    case 'unclear':
      return msg(
        str`The status of kratom in ${place} is uncertain. Sources disagree, or a change is pending. Check local law.`,
        {
          id: 'legalBadge.summary.unclear',
          desc: 'Details summary for status "unclear". Placeholder: place name. Must not suggest kratom is legal.',
        },
      );
  }
}

/** Name of a product class. */
export function productName(product: Product): string {
  switch (product) {
    case 'leaf':
      return msg('Kratom leaf products', {
        id: 'legalBadge.product.leaf',
        desc: 'Product class: kratom leaf, powder, capsules and teas made from the leaf.',
      });
    case '7-oh':
      return msg('Concentrated 7-OH products', {
        id: 'legalBadge.product.7oh',
        desc: 'Product class: products with concentrated or added 7-hydroxymitragynine ("7-OH"). Keep "7-OH".',
      });
  }
}

/** A sentence per structured rule ("what is covered"). */
export function ruleText(rule: LegalRule): string {
  switch (rule) {
    case 'controlled-substance':
      return msg('Listed as a controlled substance.', {
        id: 'legalBadge.rule.controlled',
        desc: 'What the law covers: kratom or its alkaloids are on the list of controlled drugs.',
      });
    case 'sale-prohibited':
      return msg('Selling it for people to consume is not allowed.', {
        id: 'legalBadge.rule.saleProhibited',
        desc: 'What the law covers: sale for human consumption is prohibited.',
      });
    case 'food-supplement-ban':
      return msg('It may not be sold as a food or dietary supplement.', {
        id: 'legalBadge.rule.foodSupplementBan',
        desc: 'What the law covers: not allowed in foods or supplements (e.g. novel-food or FDA rules).',
      });
    case 'import-restricted':
      return msg('Imports can be stopped at the border.', {
        id: 'legalBadge.rule.importRestricted',
        desc: 'What the law covers: imports may be detained or refused.',
      });
    case 'age-limit':
      return msg('There is a minimum age to buy it.', {
        id: 'legalBadge.rule.ageLimit',
        desc: 'What the law covers: sellers may not sell to people under a minimum age.',
      });
    case 'labelling':
      return msg('Products must carry labels and warnings.', {
        id: 'legalBadge.rule.labelling',
        desc: 'What the law covers: labelling and warning requirements.',
      });
    case 'lab-testing':
      return msg('Products must be tested in a lab.', {
        id: 'legalBadge.rule.labTesting',
        desc: 'What the law covers: lab testing of products is required.',
      });
    case 'registration':
      return msg('Sellers or products must be registered or licensed.', {
        id: 'legalBadge.rule.registration',
        desc: 'What the law covers: registration or licensing of sellers or products.',
      });
    case 'potency-cap-7oh':
      return msg('The amount of 7-OH in products is capped.', {
        id: 'legalBadge.rule.potencyCap',
        desc: 'What the law covers: a limit on 7-hydroxymitragynine (7-OH) content. Keep "7-OH".',
      });
    case 'synthetic-ban':
      return msg('Synthetic or added alkaloids are not allowed.', {
        id: 'legalBadge.rule.syntheticBan',
        desc: 'What the law covers: synthetic, semi-synthetic or added kratom alkaloids are banned.',
      });
    case 'medicine-only':
      return msg('It is treated as a medicine and needs authorisation.', {
        id: 'legalBadge.rule.medicineOnly',
        desc: 'What the law covers: only allowed as an authorised medicine (prescription or licence).',
      });
    case 'pending-change':
      return msg('A change to the law is pending, and we could not confirm its outcome.', {
        id: 'legalBadge.rule.pendingChange',
        desc: 'What the law covers: a bill or order is pending; outcome not verified.',
      });
    case 'no-specific-law':
      return msg('No law about kratom itself was found.', {
        id: 'legalBadge.rule.noSpecificLaw',
        desc: 'What the law covers: no kratom-specific law was found.',
      });
  }
}

export function confidenceText(confidence: 'high' | 'medium' | 'low'): string {
  switch (confidence) {
    case 'high':
      return msg('High: official or several reliable sources agree.', {
        id: 'legalBadge.confidence.high',
        desc: 'Confidence level of the legal information: high.',
      });
    case 'medium':
      return msg('Medium: based on reliable secondary sources, or a detail is not verified.', {
        id: 'legalBadge.confidence.medium',
        desc: 'Confidence level of the legal information: medium.',
      });
    case 'low':
      return msg('Low: based on weak sources or on finding no law at all.', {
        id: 'legalBadge.confidence.low',
        desc: 'Confidence level of the legal information: low.',
      });
  }
}
