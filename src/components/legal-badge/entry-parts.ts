/**
 * Pieces of the legal badge for one entry: the short notes the compact badge shows without opening
 * (low confidence, change pending, checked date, "may have changed"), and the details sections for
 * the US federal layer, city and county rules, and "What changed".
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { changeStatusWord, localRuleKindText, productName, ruleText, shownStatusWord } from './legal-text.js';
import type { Jurisdiction, LegalChange, LocalRule, PartialDate, Source } from '../../content/types.js';
import { formatPartialDate } from '../../shared/format.js';
import { sourceList } from '../../shared/source-list.js';
import type { EntryView, ShownRule } from './entry-view.js';

/**
 * Icon shape for "No kratom law found": an empty sheet (no law), not the check mark of "Legal",
 * so the icon never reads as approval.
 */
export const NO_LAW_SHAPE = svg`<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4"/><path d="M9 14h6" stroke-dasharray="2 2"/>`;

/** Id of the compact badge's notes, which the details toggle names as its description. */
export const FLAGS_ID = 'flags';

/** "May have changed; check the official source." */
export function mayHaveChangedText(): string {
  return msg('May have changed; check the official source', {
    id: 'legalBadge.flag.mayHaveChanged',
    desc: 'Short note on the badge when the entry is past its review date or its temporary order is past its end date. Keep it short.',
  });
}

/**
 * The notes the compact badge shows without opening: text, not colour, so they are read out and
 * survive forced colours; the details toggle is described by them.
 */
export function badgeFlags(view: EntryView, checked: string): TemplateResult {
  const flags: TemplateResult[] = [];
  if (view.stale) {
    flags.push(html`<span class="flag flag-stale" part="flag stale">${mayHaveChangedText()}</span>`);
  }
  if (view.shown !== 'not-verified' && view.confidence === 'low') {
    flags.push(
      html`<span class="flag" part="flag low-confidence"
        >${msg('Low confidence', {
          id: 'legalBadge.flag.lowConfidence',
          desc: 'Short note on the badge: the research is not sure about this status. One to three words.',
        })}</span
      >`,
    );
  }
  if (view.pending) {
    flags.push(
      html`<span class="flag" part="flag pending"
        >${msg('Change pending', {
          id: 'legalBadge.flag.pending',
          desc: 'Short note on the badge: a change to the law (a bill or order) is pending. One to three words.',
        })}</span
      >`,
    );
  }
  // Month precision: the day adds nothing a reader needs at a glance.
  const month = formatPartialDate(checked.slice(0, 7));
  flags.push(
    html`<span class="flag" part="flag checked"
      >${msg(str`Checked ${month}`, {
        id: 'legalBadge.flag.checked',
        desc: 'Short note on the badge: when the research was last checked. Placeholder: a month and year, e.g. "December 2026".',
      })}</span
    >`,
  );
  return html`<span class="flags" id=${FLAGS_ID} part="flags"
    >${flags.map((flag, i) => html`${i > 0 ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}${flag}`)}</span
  >`;
}

/** The reason a stale entry flags itself, for the details. */
export function staleReason(view: EntryView, entry: Jurisdiction): TemplateResult | typeof nothing {
  if (!view.stale) return nothing;
  const reason =
    view.stale === 'end-date' && entry.endDate
      ? msg(str`The temporary order was due to end about ${formatPartialDate(entry.endDate)}.`, {
          id: 'legalBadge.stale.endDate',
          desc: 'Why the entry may have changed: its temporary or emergency order has passed its end date. Placeholder: a formatted date.',
        })
      : msg(str`This entry was due to be checked again by ${formatPartialDate(entry.nextReview)}.`, {
          id: 'legalBadge.stale.review',
          desc: 'Why the entry may have changed: it is past the date by which it should have been checked again. Placeholder: a formatted date.',
        });
  return html`<p class="notice" part="stale-notice"><strong>${mayHaveChangedText()}.</strong> ${reason}</p>`;
}

/** "Temporary order until about Aug 2027", or without an end date "Temporary order; end date not known". */
export function temporaryNote(entry: Jurisdiction): TemplateResult | typeof nothing {
  if (!entry.temporary) return nothing;
  const text = entry.endDate
    ? msg(str`Temporary order until about ${formatPartialDate(entry.endDate)}`, {
        id: 'legalBadge.fact.temporaryUntil',
        desc: 'The current status rests on a temporary or emergency order that ends around this date (it may be extended, ended early or made permanent). Placeholder: a formatted date.',
      })
    : msg('Temporary order; end date not known', {
        id: 'legalBadge.fact.temporaryNoEnd',
        desc: 'The current status rests on a temporary or emergency order whose end date is not known.',
      });
  return html`<span class="temporary" part="temporary">${text}</span>`;
}

/** Where a 7-OH answer comes from, when it is not the place's own explicit rule. */
export function sevenOhBasisNote(view: EntryView): TemplateResult | typeof nothing {
  let text: string | undefined;
  if (view.basis === 'federal-layer') {
    text = msg('We found no state rule for 7-OH products, so this is the federal rule, which applies in every state.', {
      id: 'legalBadge.sevenOh.basisFederal',
      desc: 'Shown for concentrated 7-OH products in a US state: the answer comes from US federal rules. Keep "7-OH".',
    });
  } else if (view.basis === 'state-law') {
    text = msg(
      "This comes from the state's own rules on synthetic alkaloids or 7-OH content, which are stricter than the federal rule.",
      {
        id: 'legalBadge.sevenOh.basisState',
        desc: 'Shown for concentrated 7-OH products in a US state: the answer comes from the state\'s rules on synthetic alkaloids or 7-OH limits. Keep "7-OH".',
      },
    );
  }
  return text ? html`<p class="basis" part="basis">${text}</p>` : nothing;
}

/** "Loading sources…": shown in the details where sources go while they load. */
export function sourcesLoading(): TemplateResult {
  return html`<p class="sources-loading" part="sources-loading" role="status">
    ${msg('Loading sources…', {
      id: 'legalBadge.sources.loading',
      desc: 'Shown briefly in the legal details, where the list of sources goes, while the sources load. Short.',
    })}
  </p>`;
}

/** The sources could not be loaded (offline, a blocked or stale chunk): say so and where to look. */
export function sourcesFailed(): TemplateResult {
  return html`<p class="sources-loading" part="sources-loading" role="status">
    ${msg('The sources could not be loaded. Check the official source, or open the details again to retry.', {
      id: 'legalBadge.sources.failed',
      desc: 'Shown in the legal details, where the list of sources goes, when the sources could not be loaded (for example offline). Plain and calm.',
    })}
  </p>`;
}

/** The list of `sources`, or "Loading sources…" while they load (`undefined`), or the failure line. */
export function sourcesOrLoading(sources: readonly Source[] | undefined, failed = false): TemplateResult {
  return sources ? sourceList(sources) : failed ? sourcesFailed() : sourcesLoading();
}

/** Rules as a list. */
function rulesList(rule: ShownRule): TemplateResult {
  return html`<ul>
    ${rule.rules.map((r) => html`<li>${ruleText(r)}</li>`)}
  </ul>`;
}

/** The US federal layer, shown next to a US state's own rules, for the product shown (`sources`: `undefined` while they load). */
export function federalLayer(
  rule: ShownRule,
  federal: Jurisdiction,
  product: 'leaf' | '7-oh',
  sources: readonly Source[] | undefined,
  sourcesFailed = false,
): TemplateResult {
  return html`<div class="federal" part="federal">
    <div class="sources-heading">
      ${msg('US federal rules', {
        id: 'legalBadge.federal.heading',
        desc: "Heading of the US federal rules shown in a US state's details.",
      })}
    </div>
    <p class="summary">
      ${msg("Federal rules apply in every state, on top of the state's own law.", {
        id: 'legalBadge.federal.intro',
        desc: "Intro to the US federal rules in a state's details: both federal and state law apply.",
      })}
    </p>
    <p>${productName(product)}: <strong>${shownStatusWord(rule.shown)}</strong></p>
    ${rulesList(rule)}
    <details class="more" part="federal-sources">
      <summary>
        ${msg(str`Federal sources (checked ${formatPartialDate(federal.checked)})`, {
          id: 'legalBadge.federal.sources',
          desc: 'Disclosure label for the sources of the US federal rules. Placeholder: the date they were checked.',
        })}
      </summary>
      ${sourcesOrLoading(sources, sourcesFailed)}
    </details>
  </div>`;
}

function dateText(date: PartialDate, approximate: boolean | undefined): string {
  return approximate
    ? msg(str`${formatPartialDate(date)} (date not confirmed)`, {
        id: 'legalBadge.fact.effectiveApprox',
        desc: 'In-force date that the research could not confirm exactly. Placeholder: formatted date.',
      })
    : formatPartialDate(date);
}

/** "Local rules": the city and county rules the research names, each with its sources (`resolve` is `undefined` while they load). */
export function localities(
  list: readonly LocalRule[] | undefined,
  resolve: ((ids: readonly string[]) => Source[]) | undefined,
): TemplateResult | typeof nothing {
  if (!list || list.length === 0) return nothing;
  return html`<section class="localities" part="localities">
    <div class="sources-heading">
      ${msg('Local rules', { id: 'legalBadge.localities.heading', desc: 'Heading of the list of city or county rules inside a state or country.' })}
    </div>
    <ul class="local-list">
      ${list.map(
        (rule) =>
          html`<li>
            <strong>${rule.name}</strong>:
            ${localRuleKindText(rule.kind)}${
              rule.date ? html`, <time datetime=${rule.date}>${formatPartialDate(rule.date)}</time>` : nothing
            }
            ${resolve ? sourceList(resolve(rule.sources)) : nothing}
          </li>`,
      )}
    </ul>
  </section>`;
}

/** "What changed": the place's dated changes, oldest first (as the data holds them). */
export function history(changes: readonly LegalChange[] | undefined): TemplateResult | typeof nothing {
  if (!changes || changes.length === 0) return nothing;
  return html`<section class="history" part="history">
    <div class="sources-heading">
      ${msg('What changed', { id: 'legalBadge.history.heading', desc: 'Heading of the list of dated changes of the legal status, oldest first.' })}
    </div>
    <ol class="change-list">
      ${changes.map(
        (change) =>
          html`<li>
            <time datetime=${change.date}>${dateText(change.date, change.dateApproximate)}</time>:
            ${changeStatusWord(change.status)}${change.product === '7-oh' ? html` (${productName('7-oh')})` : nothing}
          </li>`,
      )}
    </ol>
  </section>`;
}
