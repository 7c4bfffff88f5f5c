/**
 * Walks the content modules and lists every claim with its area, so checks, tests and hosts
 * see one flat list. Pure; no text is evaluated until a claim's `text()` is called.
 */
import { ALKALOIDS } from './alkaloids.js';
import { CORRECTIONS, PAIN_EVIDENCE } from './corrections.js';
import { PATHWAY_STEPS } from './pathways.js';
import { RISKS } from './risks.js';
import { NALOXONE_GUIDANCE } from './urgent-signs.js';
import type { Claim, ContentArea } from './types.js';

export interface LocatedClaim {
  readonly area: ContentArea;
  /** Where the claim sits, e.g. `alkaloid mitragynine receptor mu-opioid`. */
  readonly where: string;
  readonly claim: Claim;
}

export function allClaims(): LocatedClaim[] {
  const out: LocatedClaim[] = [];
  for (const a of ALKALOIDS) {
    out.push({ area: 'alkaloids', where: `alkaloid ${a.id} role`, claim: a.role });
    out.push({ area: 'alkaloids', where: `alkaloid ${a.id} caveat`, claim: a.caveat });
    for (const r of a.receptors)
      out.push({ area: 'alkaloids', where: `alkaloid ${a.id} receptor ${r.receptor}`, claim: r.claim });
  }
  for (const c of CORRECTIONS) {
    out.push({ area: 'alkaloids', where: `correction ${c.id}`, claim: c.correction });
    for (const p of c.points) out.push({ area: 'alkaloids', where: `correction ${c.id} point`, claim: p });
  }
  for (const c of PAIN_EVIDENCE) out.push({ area: 'alkaloids', where: 'pain evidence', claim: c });
  for (const s of PATHWAY_STEPS) out.push({ area: 'mechanism', where: `pathway step ${s.id}`, claim: s.claim });
  for (const r of RISKS) out.push({ area: 'risks', where: `risk ${r.id}`, claim: r.why });
  for (const c of NALOXONE_GUIDANCE) out.push({ area: 'risks', where: 'naloxone guidance', claim: c });
  return out;
}
