/**
 * Gathers the real content for scripts/check-content.mjs and scripts/content-review.mjs (imported
 * in Node through tsx; `msg()` without a configured locale returns the English source text;
 * the review packet configures one locale through the re-exported `configureLocalization`).
 */
import { allClaims } from '../src/content/claims.js';
import { ALKALOIDS } from '../src/content/alkaloids.js';
import { CORRECTIONS, PAIN_EVIDENCE } from '../src/content/corrections.js';
import { PATHWAY_STEPS } from '../src/content/pathways.js';
import { RISKS } from '../src/content/risks.js';
import { URGENT_SIGNS, NALOXONE_GUIDANCE } from '../src/content/urgent-signs.js';
import { EVIDENCE_SOURCES } from '../src/content/sources.js';
import { EVIDENCE_LEVELS } from '../src/content/types.js';
import { evidenceLevelExplanation, evidenceLevelLabel } from '../src/content/evidence-levels.js';
import { JURISDICTIONS, UNSOURCED_JURISDICTIONS } from '../src/content/legal/jurisdictions.js';
import { LEGAL_SOURCES } from '../src/content/legal/sources.js';
import { COUNTRY_NAMES_EN } from '../src/content/legal/place-names.js';
import { REVIEWS } from '../src/content/review.js';
import { shortCitations, bibliographyCitation } from '../src/content/citations.js';
import { sevenOhRule } from '../src/content/legal/seven-oh.js';
import { receptorLabel, actionLabel } from '../src/components/alkaloid-explainer/labels.js';
import type { ContentArea } from '../src/content/types.js';

export const evidenceSources = EVIDENCE_SOURCES;
export const legalSources = LEGAL_SOURCES;
export const claims = allClaims();
export const jurisdictions = JURISDICTIONS;
export const unsourced = UNSOURCED_JURISDICTIONS;
export const countryNamesEn = COUNTRY_NAMES_EN;
export const reviews = REVIEWS;
export { shortCitations, bibliographyCitation, sevenOhRule };

/** The whole content, for the review packet (scripts/content-review.mjs). */
export {
  ALKALOIDS,
  CORRECTIONS,
  PAIN_EVIDENCE,
  PATHWAY_STEPS,
  RISKS,
  URGENT_SIGNS,
  NALOXONE_GUIDANCE,
  EVIDENCE_LEVELS,
  evidenceLevelLabel,
  evidenceLevelExplanation,
  receptorLabel,
  actionLabel,
};
export { configureLocalization } from '@lit/localize';

/** Risk items with their English question and action, for the "do not combine" rule. */
export const risks = RISKS.map((r) => ({
  id: r.id,
  severity: r.severity,
  combines: r.combines,
  question: r.question(),
  action: r.action(),
}));

const idsOf = (...claims: readonly { sources: readonly string[] }[]) => claims.flatMap((c) => c.sources);

/** Source lists a reader sees together (one claim, one card, one section): short citations must differ. */
export const citationLists: { where: string; ids: readonly string[] }[] = [
  ...claims.map((c) => ({ where: `claim ${c.claim.id} (${c.where})`, ids: c.claim.sources })),
  ...ALKALOIDS.map((a) => ({
    where: `alkaloid card ${a.id}`,
    ids: [...idsOf(a.role, a.caveat, ...a.receptors.map((r) => r.claim)), ...a.share.sources, ...a.identitySources],
  })),
  { where: 'leaf-share chart', ids: ALKALOIDS.flatMap((a) => a.share.sources) },
  ...CORRECTIONS.map((c) => ({ where: `correction ${c.id}`, ids: idsOf(c.correction, ...c.points) })),
  { where: 'pain evidence', ids: idsOf(...PAIN_EVIDENCE) },
  {
    where: 'urgent signs and while-you-wait steps',
    ids: [...URGENT_SIGNS.flatMap((s) => s.sources), ...idsOf(...NALOXONE_GUIDANCE)],
  },
];

export const refs = [
  ...URGENT_SIGNS.map((s) => ({ where: `urgent sign ${s.id}`, ids: s.sources, required: true })),
  ...ALKALOIDS.map((a) => ({
    where: `alkaloid ${a.id} leaf share`,
    ids: a.share.sources,
    required: a.share.kind !== 'unknown',
  })),
  ...ALKALOIDS.map((a) => ({ where: `alkaloid ${a.id} identity`, ids: a.identitySources, required: false })),
];

/** Reader-facing English sentences: claims, caveats, risks, explanations (not short labels). */
export const texts: { area: ContentArea | 'evidence-levels'; id: string; text: string }[] = [
  ...claims.map((c) => ({ area: c.area, id: c.claim.id, text: c.claim.text() })),
  ...claims
    .filter((c) => c.claim.caveat)
    .map((c) => ({ area: c.area, id: `${c.claim.id} (caveat)`, text: c.claim.caveat!() })),
  ...RISKS.flatMap((r) => [
    { area: 'risks' as const, id: `risk ${r.id} question`, text: r.question() },
    { area: 'risks' as const, id: `risk ${r.id} action`, text: r.action() },
  ]),
  ...URGENT_SIGNS.map((s) => ({ area: 'risks' as const, id: `urgent sign ${s.id}`, text: s.text() })),
  ...NALOXONE_GUIDANCE.map((c) => ({ area: 'risks' as const, id: c.id, text: c.text() })),
  ...ALKALOIDS.map((a) => ({ area: 'alkaloids' as const, id: `alkaloid ${a.id} share basis`, text: a.share.basis() })),
  ...CORRECTIONS.map((c) => ({ area: 'alkaloids' as const, id: `correction ${c.id} popular`, text: c.popular() })),
  ...EVIDENCE_LEVELS.map((l) => ({
    area: 'evidence-levels' as const,
    id: `evidence level ${l}`,
    text: evidenceLevelExplanation(l),
  })),
];

export const counts = {
  alkaloids: ALKALOIDS.length,
  pathwaySteps: PATHWAY_STEPS.length,
  risks: RISKS.length,
  urgentSigns: URGENT_SIGNS.length,
  corrections: CORRECTIONS.length,
  painEvidence: PAIN_EVIDENCE.length,
  evidenceSources: Object.keys(EVIDENCE_SOURCES).length,
  jurisdictions: JURISDICTIONS.length,
  unsourcedJurisdictions: UNSOURCED_JURISDICTIONS.length,
  legalSources: Object.keys(LEGAL_SOURCES).length,
};
