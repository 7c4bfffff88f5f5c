/**
 * The content behind the widgets, rendered from `kratom-widgets/content` (src/content/index.ts):
 * the evidence-level legend with how many claims rest on each level, the evidence bibliography, and
 * the legal sources per jurisdiction. Labels follow the Locale toolbar; titles, authors and venues
 * are proper nouns and stay as cited.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import {
  allClaims,
  bibliography,
  confidenceText,
  evidenceLevelExplanation,
  evidenceLevelLabel,
  loadLegalData,
  placeName,
  statusWord,
  type LegalData,
  type Source,
} from '../src/content.js';
import { CONTENT_AREAS, EVIDENCE_LEVELS } from '../src/content/types.js';
import { evidenceIcon } from '../src/shared/icons.js';

const meta: Meta = {
  title: 'Content/Sources and evidence',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** External links open in a new tab so the Storybook stays where it is. */
function link(url: string, text: TemplateResult | string): TemplateResult {
  return html`<a href=${url} target="_blank" rel="noopener noreferrer"
    >${text}<span class="kratom-sr-only"> (opens in a new tab)</span></a
  >`;
}

function citation(source: Source): TemplateResult {
  return html`${source.authors ? html`${source.authors}. ` : nothing}${link(source.url, source.title)}${
    source.venue ? html`. <em>${source.venue}</em>` : nothing
  }${source.year !== null ? html` (${source.year})` : html` (no year; read ${source.accessed})`}${
    source.doi
      ? html`. <span class="kratom-nowrap">${source.doi.startsWith('PMID') ? source.doi : `doi:${source.doi}`}</span>`
      : nothing
  }${source.secondaryNote ? html` <span class="kratom-muted">Secondary copy: ${source.secondaryNote}</span>` : nothing}`;
}

/** The six evidence levels as readers see them, with the number of claims on each level per content area. */
export const EvidenceLevels: Story = {
  name: 'Evidence-level legend',
  render: () => {
    const claims = allClaims();
    const count = (level: string, area?: string) =>
      claims.filter((c) => c.claim.level === level && (!area || c.area === area)).length;
    const areas = CONTENT_AREAS.filter((area) => claims.some((c) => c.area === area));
    return html`<div class="kratom-doc" role="region" tabindex="0" aria-label="Evidence levels (scrollable)">
      <table class="kratom-table">
        <caption>
          Evidence levels, weakest for "does it help" first, and how many of the ${claims.length} claims rest on each
        </caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Chip text (active locale)</th>
            <th scope="col">What it can and cannot show</th>
            ${areas.map((area) => html`<th scope="col">${area}</th>`)}
            <th scope="col">All</th>
          </tr>
        </thead>
        <tbody>
          ${EVIDENCE_LEVELS.map(
            (level) =>
              html`<tr>
                <th scope="row"><code>${level}</code></th>
                <td class="kratom-nowrap">
                  <span class="kratom-chip">${evidenceIcon(level)} ${evidenceLevelLabel(level)}</span>
                </td>
                <td>${evidenceLevelExplanation(level)}</td>
                ${areas.map((area) => html`<td>${count(level, area)}</td>`)}
                <td><strong>${count(level)}</strong></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  },
};

/** Every entry of `bibliography()`, with the number of claims that cite it. */
export const Bibliography: Story = {
  name: 'Evidence bibliography',
  render: () => {
    const claims = allClaims();
    const cited = (id: string) => claims.filter((c) => c.claim.sources.includes(id)).length;
    const sources = bibliography();
    return html`<div class="kratom-doc" role="region" tabindex="0" aria-label="Evidence bibliography (scrollable)">
      <table class="kratom-table">
        <caption>
          Evidence bibliography: ${sources.length} sources (CSL-JSON via
          <code>toCslJson()</code
          >)
        </caption>
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col">Claims citing it</th>
          </tr>
        </thead>
        <tbody>
          ${sources.map(
            (source) =>
              html`<tr>
                <th scope="row"><code>${source.id}</code></th>
                <td>${citation(source)}</td>
                <td>${source.kind}</td>
                <td>${cited(source.id)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  },
};

/** Every covered jurisdiction: status (active locale), confidence, next review and its legal sources. */
export const LegalSources: Story = {
  name: 'Legal sources per jurisdiction',
  loaders: [async () => ({ legal: await loadLegalData() })],
  render: (_args, { loaded }) => {
    const legal = loaded.legal as LegalData;
    return html`<div
      class="kratom-doc"
      role="region"
      tabindex="0"
      aria-label="Legal sources per jurisdiction (scrollable)"
    >
      <table class="kratom-table">
        <caption>
          Legal status per jurisdiction: ${legal.JURISDICTIONS.length} sourced, ${legal.UNSOURCED_JURISDICTIONS.length}
          not verified (shown as "not verified", never as a status)
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Place</th>
            <th scope="col">Status (leaf)</th>
            <th scope="col">Confidence</th>
            <th scope="col">Next review</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          ${legal.JURISDICTIONS.map(
            (j) =>
              html`<tr>
                <th scope="row"><code>${j.code}</code></th>
                <td>${placeName(j.code)}</td>
                <td>${statusWord(j.status)}</td>
                <td>${confidenceText(j.confidence)}</td>
                <td class="kratom-nowrap">${j.nextReview}</td>
                <td>
                  <ul class="kratom-plain-list">
                    ${legal.legalSources(j.sources).map((s) => html`<li>${citation(s)}</li>`)}
                  </ul>
                </td>
              </tr>`,
          )}
          ${legal.UNSOURCED_JURISDICTIONS.map(
            (j) =>
              html`<tr>
                <th scope="row"><code>${j.code}</code></th>
                <td>${placeName(j.code)}</td>
                <td>not verified</td>
                <td>–</td>
                <td class="kratom-nowrap">${j.nextReview}</td>
                <td class="kratom-muted">${j.editorNote}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  },
};
