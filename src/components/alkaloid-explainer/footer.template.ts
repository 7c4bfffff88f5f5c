/**
 * The end of the full explainer: what the evidence labels mean, every source the page cites, and
 * the review footer.
 */
import { type TemplateResult, html } from 'lit';
import { msg } from '@lit/localize';
import { evidenceLegend } from '../../shared/evidence-chip.js';
import { sourceList, sourcesSummaryLabel } from '../../shared/source-list.js';
import { reviewFooter } from '../../shared/review-footer.js';
import { CORRECTIONS, PAIN_EVIDENCE } from '../../content/corrections.js';
import { entriesOf, sourceIdsOf } from '../../content/source-entries.js';
import { EXPLAINER_SOURCES } from '../../content/widget-sources/explainer.js';
import { REVIEWS } from '../../content/review.js';
import { EVIDENCE_LEVELS } from '../../content/evidence-levels.js';
import type { Alkaloid, Claim, EvidenceLevel } from '../../content/types.js';
import { chartSourceIds, unique } from './share.js';

/** Renders the disclosure `section` with its button `label` and its lazily built `body`. */
export type FooterDisclosure = (
  section: 'legend' | 'sources',
  label: string,
  body: () => TemplateResult,
) => TemplateResult;

/** Claims rendered for the selected alkaloid and the shared sections, in reading order. */
function renderedClaims(a: Alkaloid): Claim[] {
  return [
    a.role,
    ...a.receptors.map((r) => r.claim),
    a.caveat,
    ...PAIN_EVIDENCE,
    ...CORRECTIONS.flatMap((c) => [c.correction, ...c.points]),
  ];
}

/** The footer for the selected alkaloid `a`: the legend covers the levels its page shows, the list every source. */
export function footer(a: Alkaloid, disclosure: FooterDisclosure): TemplateResult {
  const claims = renderedClaims(a);
  const ids = unique([
    ...sourceIdsOf([a.role]),
    ...a.identitySources,
    ...a.share.sources,
    ...sourceIdsOf(claims),
    ...chartSourceIds(),
  ]);
  const sources = entriesOf(EXPLAINER_SOURCES, ids);
  const levels: EvidenceLevel[] = EVIDENCE_LEVELS.filter((level) => claims.some((c) => c.level === level));
  return html`<div class="end">
    ${disclosure(
      'legend',
      msg('What the evidence labels mean', {
        id: 'alkaloidExplainer.legend.toggle',
        desc: 'Button that shows what each evidence-level chip means. Short.',
      }),
      () => evidenceLegend(levels),
    )}
    ${disclosure('sources', sourcesSummaryLabel(sources.length), () => sourceList(sources))}
    ${reviewFooter(REVIEWS.alkaloids)}
  </div>`;
}
