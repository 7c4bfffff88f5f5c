/**
 * The answer for concentrated 7-OH products (issue #21 F-C1): a place's 7-OH status is never
 * inherited from its leaf status. It comes from an explicit `products['7-oh']` entry; for a US state
 * without one, from the stricter of the federal 7-OH layer and the state's own rules on synthetic
 * alkaloids (`synthetic-ban`) and 7-OH potency (`potency-cap-7oh`); anything else is "not verified".
 */
import type { Jurisdiction, LegalRule, LegalStatus } from '../types.js';

export type SevenOhBasis = 'explicit' | 'federal-layer' | 'state-law' | 'not-verified';

export interface SevenOhAnswer {
  readonly status: LegalStatus | 'not-verified';
  readonly rules: readonly LegalRule[];
  readonly basis: SevenOhBasis;
}

/** How strict a status is (higher = stricter). `unclear` is not stricter than anything known. */
const STRICTNESS: Readonly<Record<LegalStatus, number>> = {
  legal: 0,
  unclear: 1,
  regulated: 2,
  restricted: 3,
  banned: 4,
};

const NOT_VERIFIED: SevenOhAnswer = { status: 'not-verified', rules: [], basis: 'not-verified' };

/** The 7-OH answer for `place`; `federal` is the US federal entry (used for US states). */
export function sevenOhRule(place: Jurisdiction, federal?: Jurisdiction): SevenOhAnswer {
  const explicit = place.products?.['7-oh'];
  if (explicit) return { status: explicit.status, rules: explicit.rules, basis: 'explicit' };
  if (!place.code.startsWith('US-')) return NOT_VERIFIED;

  const stateRules = place.rules.filter((rule) => rule === 'synthetic-ban' || rule === 'potency-cap-7oh');
  // A change pending in the state's own law may change its rules on 7-OH too: say so.
  const pending: LegalRule[] = place.rules.includes('pending-change') ? ['pending-change'] : [];
  const state =
    stateRules.length > 0
      ? {
          status: (stateRules.includes('synthetic-ban') ? 'banned' : 'restricted') as LegalStatus,
          rules: [...stateRules, ...pending],
        }
      : undefined;
  const fed = federal?.products?.['7-oh'];
  if (state && (!fed || STRICTNESS[state.status] > STRICTNESS[fed.status])) {
    return { status: state.status, rules: state.rules, basis: 'state-law' };
  }
  if (fed) return { status: fed.status, rules: fed.rules, basis: 'federal-layer' };
  return NOT_VERIFIED;
}
