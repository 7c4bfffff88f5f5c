/**
 * The clinician summary of <kratom-risk-checklist> (print media and `print-preview`): the ticked
 * statements, most serious first, with what each means and what to do, their sources, the urgent
 * signs, the publisher's help (written out, help.template.ts) and the review footer (content
 * version). Rendered in the summary's language by summary-language.template.ts (`renderInLocale`),
 * so every msg() and date here follows it.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { reviewFooter } from '../../shared/review-footer.js';
import { translationNotice } from '../../shared/translation-notice.js';
import { formatPartialDate, todayIso } from '../../shared/format.js';
import { severityRank } from '../../content/risks.js';
import { REVIEWS } from '../../content/review.js';
import type { Risk } from '../../content/types.js';
import { itemDetails } from './item-details.template.js';
import { checklistHeading } from './risk-checklist.helpers.js';
import { urgentHeadingText, urgentSigns } from './urgent.template.js';

/** The publisher's help block for the summary's copy `copy` (the element's, from help.template.ts). */
export type HelpOf = (inSummary: boolean, copy: number) => unknown;

/** How one copy of the summary is shown: its language and direction, and the lines about languages. */
export interface PrintSummaryOptions {
  /** The emergency number (normalised; `''` for the generic wording). */
  number: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Appended to element ids, so two copies side by side keep them unique. */
  suffix: string;
  /** The line naming the summary's languages, when it is not simply in the page language. */
  languages: unknown;
  /** The note that the chosen language could not be loaded. */
  note: unknown;
  /** The publisher's help block for this copy (help.template.ts). */
  help: unknown;
}

/** The clinician summary of the `checked` risks; `level` is the element's heading level. */
export function printSummary(checked: readonly Risk[], level: number, o: PrintSummaryOptions): TemplateResult {
  const ticked = [...checked].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const review = REVIEWS.risks;
  return html`<section
    class="print"
    part="print-summary"
    lang=${o.lang}
    dir=${o.dir}
    aria-labelledby=${`print-heading${o.suffix}`}
  >
    ${checklistHeading(
      msg('Kratom self-check: summary for your doctor', {
        id: 'riskChecklist.print.heading',
        desc: 'Heading of the printed page the reader can take to a doctor, nurse or pharmacist.',
      }),
      level,
      0,
      { id: `print-heading${o.suffix}`, part: 'print-heading' },
    )}
    ${o.languages} ${o.note}
    <p class="print-intro">
      ${msg(
        'These are the statements I ticked in a kratom self-check. It is not a diagnosis, and the list is not complete.',
        {
          id: 'riskChecklist.print.intro',
          desc: 'Printed clinician summary: first-person intro written by the reader to the clinician.',
        },
      )}
    </p>
    <p class="print-date">
      ${msg(str`Printed on ${formatPartialDate(todayIso())}`, {
        id: 'riskChecklist.print.date',
        desc: 'Printed clinician summary: the date it was printed. Placeholder: a formatted date.',
      })}
    </p>
    ${translationNotice()}
    ${
      ticked.length
        ? html`<ol class="print-list">
            ${ticked.map(
              (r) =>
                html`<li data-id=${r.id}>
                  <p class="print-question"><strong>${r.question()}</strong></p>
                  ${itemDetails(r)}
                </li>`,
            )}
          </ol>`
        : html`<p class="print-none">
            ${msg('No statements were ticked. That does not mean kratom is safe: the list is not complete.', {
              id: 'riskChecklist.print.none',
              desc: 'Printed clinician summary when nothing was ticked. Must never read as "kratom is safe".',
            })}
          </p>`
    }
    <div class="print-urgent" part="print-urgent">
      ${checklistHeading(urgentHeadingText(), level, 1, { part: 'print-urgent-heading' })} ${urgentSigns(o.number)}
    </div>
    ${o.help} ${reviewFooter(review)}
  </section>`;
}
