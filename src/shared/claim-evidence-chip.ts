/**
 * The evidence chip for a claim: its level, and "reported in the news" when a health-authority claim
 * rests only on news or secondary copies (`restsOnNewsReports`: the few ids of
 * src/content/report-sources.ts, not the bibliography). Kept apart from ./evidence-chip.ts because
 * only the elements that show evidence claims need that list, so the legal badge never downloads it.
 */
import type { TemplateResult } from 'lit';
import type { Claim } from '../content/types.js';
import { restsOnNewsReports } from '../content/source-entries.js';
import { evidenceChip } from './evidence-chip.js';

export function claimEvidenceChip(claim: Pick<Claim, 'level' | 'sources'>): TemplateResult {
  return evidenceChip(claim.level, { newsOnly: restsOnNewsReports(claim) });
}
