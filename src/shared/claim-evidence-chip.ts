/**
 * The evidence chip for a claim: its level, and "reported in the news" when a health-authority claim
 * rests only on news or secondary copies (`restsOnNewsReports`). Kept apart from ./evidence-chip.ts
 * because it reads the evidence bibliography: only the elements that show evidence claims (and load
 * the bibliography anyway) import it, so the legal badge never downloads the bibliography.
 */
import type { TemplateResult } from 'lit';
import type { Claim } from '../content/types.js';
import { restsOnNewsReports } from '../content/source-entries.js';
import { evidenceChip } from './evidence-chip.js';

export function claimEvidenceChip(claim: Pick<Claim, 'level' | 'sources'>): TemplateResult {
  return evidenceChip(claim.level, { newsOnly: restsOnNewsReports(claim) });
}
