/**
 * What the badge shows in each of its states, as the shell's content (shell.template.ts): the status
 * word, icon, place, short notes and, where there is more to say, the details panel (built only when
 * shown). Pure functions of the view model and the render context.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LegalLookup } from '../../content/legal/place-loader.js';
import { sortByTier } from '../../content/legal/tiers.js';
import type { Jurisdiction, Product, Source } from '../../content/types.js';
import { formatNumber, formatPartialDate } from '../../shared/format.js';
import { heading } from '../../shared/heading.js';
import { sourceList } from '../../shared/source-list.js';
import { translationNotice } from '../../shared/translation-notice.js';
import type { BadgeModel } from './badge-model.js';
import { shownRule, type EntryView } from './entry-view.js';
import {
  badgeFlags,
  federalLayer,
  history,
  localities,
  NO_LAW_SHAPE,
  sevenOhBasisNote,
  sourcesOrLoading,
  staleReason,
  temporaryNote,
} from './entry-parts.js';
import {
  byProductWord,
  confidenceText,
  productName,
  ruleText,
  shownStatusSummary,
  shownStatusWord,
} from './legal-text.js';
import { placeName } from './place-name.js';
import type { ShellContent } from './shell.template.js';

/** What the details need besides the model. */
export interface DetailsContext {
  readonly product: Product;
  /** The details heading's level (already validated). */
  readonly headingLevel: number;
  readonly sourcesReady: boolean;
  readonly sourcesFailed: boolean;
}

/** The content of the badge for `model`. */
export function badgeContent(model: BadgeModel, context: DetailsContext): ShellContent {
  switch (model.kind) {
    case 'none':
      return {
        status: 'none',
        kind: 'none',
        word: msg('Choose a place', {
          id: 'legalBadge.status.none',
          desc: 'Neutral prompt shown when no jurisdiction is set.',
        }),
      };
    case 'loading':
      return {
        status: 'loading',
        kind: 'unknown',
        word: msg('Loading legal status…', {
          id: 'legalBadge.status.loading',
          desc: 'Shown briefly while legal data loads.',
        }),
      };
    case 'unknown':
      return unknownContent(model.data, model.code.length > 12 ? `${model.code.slice(0, 12)}…` : model.code, context);
    case 'unverified':
      return unverifiedContent(model.code, model.federal, model.data, context);
    case 'entry':
      return entryContent(model.code, model.entry, model.view, model.federal, model.data, context);
  }
}

function detailsHeading(place: string, context: DetailsContext): TemplateResult {
  return heading(
    msg(str`Kratom in ${place}`, {
      id: 'legalBadge.details.heading',
      desc: 'Heading of the legal details. Placeholder: place name.',
    }),
    context.headingLevel,
  );
}

function disclaimer(): TemplateResult {
  return html`<p class="disclaimer" part="disclaimer">
      ${msg('Not legal advice. Laws change; check the official source.', {
        id: 'legalBadge.disclaimer',
        desc: 'Disclaimer at the end of the legal details. Keep it short and clear.',
      })}
    </p>
    ${translationNotice()}`;
}

/** The sources of `entry`, best tier first, or `undefined` while they load. */
function sourcesOf(entry: Jurisdiction, data: LegalLookup, context: DetailsContext): readonly Source[] | undefined {
  return context.sourcesReady ? sortByTier(data.legalSources(entry.sources)) : undefined;
}

function effectiveText(entry: Jurisdiction): string {
  return entry.effective
    ? entry.effectiveApproximate
      ? msg(str`${formatPartialDate(entry.effective)} (date not confirmed)`, {
          id: 'legalBadge.fact.effectiveApprox',
          desc: 'In-force date that the research could not confirm exactly. Placeholder: formatted date.',
        })
      : formatPartialDate(entry.effective)
    : msg('No date found', {
        id: 'legalBadge.fact.effectiveNone',
        desc: 'Shown when no in-force date is known (e.g. no specific law).',
      });
}

function minimumAgeText(entry: Jurisdiction): string {
  const age = entry.minimumAge;
  if (age === null)
    return msg('None set in law, or not confirmed', {
      id: 'legalBadge.fact.minimumAgeNone',
      desc: 'Shown when no minimum age is set by law or it is not verified.',
    });
  return entry.minimumAgeUnverified
    ? msg(str`${formatNumber(age)} (not confirmed)`, {
        id: 'legalBadge.fact.minimumAgeUnverified',
        desc: 'Minimum age that the research could not confirm (e.g. it may be 21). Placeholder: a number of years.',
      })
    : msg(str`${formatNumber(age)} years`, {
        id: 'legalBadge.fact.minimumAgeValue',
        desc: 'Minimum age value. Placeholder: a number of years.',
      });
}

/** The facts list of an entry: rules, status by product, minimum age, dates, confidence. */
function facts(
  entry: Jurisdiction,
  view: EntryView,
  federal: Jurisdiction | undefined,
  product: Product,
): TemplateResult {
  const leaf = product === 'leaf' ? view : shownRule(entry, 'leaf');
  const sevenOh = product === '7-oh' ? view : shownRule(entry, '7-oh', federal);
  return html`<dl class="facts">
    ${
      view.rules.length > 0
        ? html`<dt>
              ${msg('What the law covers', { id: 'legalBadge.fact.covers', desc: 'Label for the list of rules that apply.' })}
            </dt>
            <dd>
              <ul>
                ${view.rules.map((r) => html`<li>${ruleText(r)}</li>`)}
              </ul>
            </dd>`
        : nothing
    }
    <dt>
      ${msg('By product', { id: 'legalBadge.fact.byProduct', desc: 'Label for the status of each product class, when they differ.' })}
    </dt>
    <dd>
      <ul>
        <li>${productName('leaf')}: <strong>${byProductWord(leaf.shown)}</strong></li>
        <li>${productName('7-oh')}: <strong>${byProductWord(sevenOh.shown)}</strong></li>
      </ul>
    </dd>
    <dt>
      ${msg('Minimum age', { id: 'legalBadge.fact.minimumAge', desc: 'Label for the minimum age to buy kratom.' })}
    </dt>
    <dd>${minimumAgeText(entry)}</dd>
    <dt>
      ${msg('In force since', { id: 'legalBadge.fact.effective', desc: 'Label for the date the rule took effect.' })}
    </dt>
    <dd><time datetime=${entry.effective ?? nothing}>${effectiveText(entry)}</time>${temporaryNote(entry)}</dd>
    <dt>${msg('Checked', { id: 'legalBadge.fact.checked', desc: 'Label for when the research was checked.' })}</dt>
    <dd>
      ${msg(str`${formatPartialDate(entry.checked)}; newest evidence found: ${formatPartialDate(entry.asOf)}`, {
        id: 'legalBadge.fact.checkedValue',
        desc: 'When sources were checked, and the date of the newest evidence found. Placeholders: two formatted dates.',
      })}
    </dd>
    <dt>
      ${msg('Next review', { id: 'legalBadge.fact.nextReview', desc: 'Label for the date this entry is due to be checked again.' })}
    </dt>
    <dd>${formatPartialDate(entry.nextReview)}</dd>
    ${
      view.shown === 'not-verified'
        ? nothing
        : html`<dt>
              ${msg('Confidence', { id: 'legalBadge.fact.confidence', desc: 'Label for how sure the research is.' })}
            </dt>
            <dd>
              ${confidenceText(view.confidence)}
              ${
                view.confidence === 'low'
                  ? html`<span class="caveat" part="caveat"
                      >${msg('Treat this with care and check the official source before you rely on it.', {
                        id: 'legalBadge.fact.lowConfidenceCaveat',
                        desc: 'Caveat shown when confidence is low.',
                      })}</span
                    >`
                  : nothing
              }
            </dd>`
    }
  </dl>`;
}

function entryContent(
  code: string,
  entry: Jurisdiction,
  view: EntryView,
  federal: Jurisdiction | undefined,
  data: LegalLookup,
  context: DetailsContext,
): ShellContent {
  const place = placeName(code);
  const { product, sourcesReady, sourcesFailed } = context;
  return {
    status: view.status === 'not-verified' ? 'unverified' : view.status,
    kind: view.status === 'not-verified' ? 'unverified' : view.status,
    shape: view.shown === 'no-law' ? NO_LAW_SHAPE : undefined,
    word: shownStatusWord(view.shown),
    place: product === '7-oh' ? `${place} — ${productName('7-oh')}` : place,
    flags: badgeFlags(view, entry.checked),
    panel: () => html`
      ${detailsHeading(place, context)} ${staleReason(view, entry)}
      <p class="summary">${shownStatusSummary(view.shown, place, product)}</p>
      ${product === '7-oh' ? sevenOhBasisNote(view) : nothing} ${facts(entry, view, federal, product)}
      ${
        view.federal && federal
          ? federalLayer(view.federal, federal, product, sourcesOf(federal, data, context), sourcesFailed)
          : nothing
      }
      ${localities(entry.localities, sourcesReady ? (ids) => data.legalSources(ids) : undefined)}
      ${
        entry.localRules
          ? html`<p class="local" part="local-rules">
              ${msg('This is state law. Cities or counties may have stricter rules.', {
                id: 'legalBadge.localRules',
                desc: 'Note shown when local (city/county) rules exist inside the state.',
              })}
            </p>`
          : nothing
      }
      ${history(entry.history)}
      <div class="sources-heading">
        ${msg('Sources', { id: 'legalBadge.sources.heading', desc: 'Heading above the list of legal sources.' })}
      </div>
      ${
        view.secondHandOnly
          ? html`<p class="caveat" part="second-hand">
              ${msg(
                'We could not open these sources ourselves: we found them cited in other documents and did not check them first-hand.',
                {
                  id: 'legalBadge.sources.secondHand',
                  desc: 'Note above the legal sources when every source was only seen cited by another document and not opened by the researchers.',
                },
              )}
            </p>`
          : nothing
      }
      ${sourcesReady ? sourceList(view.sources) : sourcesOrLoading(undefined, sourcesFailed)} ${disclaimer()}
    `,
  };
}

function unverifiedContent(
  code: string,
  federal: Jurisdiction | undefined,
  data: LegalLookup,
  context: DetailsContext,
): ShellContent {
  const place = placeName(code);
  return {
    status: 'unverified',
    kind: 'unverified',
    word: byProductWord('not-verified'),
    place,
    panel: () => html`
      ${detailsHeading(place, context)}
      <p class="summary">
        ${msg(str`We found no source about kratom law in ${place}. That does not mean it is legal. Check local law.`, {
          id: 'legalBadge.summary.unverified',
          desc: 'Details text for a place where the research found no source at all. Must not suggest it is legal.',
        })}
      </p>
      ${
        federal
          ? federalLayer(
              shownRule(federal, context.product),
              federal,
              context.product,
              sourcesOf(federal, data, context),
              context.sourcesFailed,
            )
          : nothing
      }
      ${disclaimer()}
    `,
  };
}

function unknownContent(data: LegalLookup | undefined, code: string, context: DetailsContext): ShellContent {
  const names = data ? data.COVERED_CODES.map((c) => placeName(c)) : [];
  return {
    status: 'unknown',
    kind: 'unknown',
    word: msg(str`No information for ${code}`, {
      id: 'legalBadge.status.unknown',
      desc: 'Badge text when the jurisdiction code is not covered. Placeholder: the code the page gave, e.g. "XX".',
    }),
    panel:
      names.length > 0
        ? () => html`
            ${heading(
              msg('Places we cover', {
                id: 'legalBadge.covered.heading',
                desc: 'Heading above the list of places with legal information.',
              }),
              context.headingLevel,
            )}
            <p class="summary">
              ${msg(str`We cover ${formatNumber(names.length)} places:`, {
                id: 'legalBadge.covered.intro',
                desc: 'Intro to the list of covered places. Placeholder: a number.',
              })}
            </p>
            <ul class="covered" part="covered">
              ${names.map((n) => html`<li>${n}</li>`)}
            </ul>
            ${disclaimer()}
          `
        : undefined,
  };
}
