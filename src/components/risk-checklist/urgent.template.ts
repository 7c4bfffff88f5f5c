/**
 * The always-visible emergency block of <kratom-risk-checklist>: emergency and same-day signs, the
 * emergency number, what to do while waiting for help, the US helplines (region US only), the
 * publisher's own help services (help.template.ts) and the sources. Clinical text: its order and
 * wording are reviewed; change them only with the content.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { keepWhole } from '../../shared/keep-whole.js';
import { severityIcon } from '../../shared/icons.js';
import { sourcesSummaryLabel } from '../../shared/source-list.js';
import { lazySourceList, onSourcesToggle } from '../../shared/lazy-source-list.js';
import { claimEvidenceChip } from '../../shared/claim-evidence-chip.js';
import { NALOXONE_GUIDANCE, URGENT_SIGNS } from '../../content/urgent-signs.js';
import { US_HELPLINES } from '../../content/helplines.js';
import { knownSourceIds, sourceIdsOf } from '../../content/source-entries.js';
import { CHECKLIST_SOURCES } from '../../content/widget-sources/checklist.js';
import { checklistHeading } from './risk-checklist.helpers.js';

/**
 * The emergency block. `number` is the normalised emergency number (`''`: say "your local
 * emergency number"), `regionCode` the upper-cased region, `level` the element's heading level,
 * `help` the publisher's help block (after everything else, before the sources).
 */
export function urgentBlock(number: string, regionCode: string, level: number, help: unknown): TemplateResult {
  const us = regionCode === 'US';
  const sources = knownSourceIds(
    [
      ...URGENT_SIGNS.flatMap((s) => s.sources),
      ...sourceIdsOf(NALOXONE_GUIDANCE),
      ...(us ? US_HELPLINES.flatMap((h) => h.sources) : []),
    ],
    CHECKLIST_SOURCES,
  );
  return html`<section class="urgent" part="urgent" aria-labelledby="urgent-heading">
    <div class="urgent-title">
      ${severityIcon('urgent')}
      ${checklistHeading(urgentHeadingText(), level, 1, { id: 'urgent-heading', part: 'urgent-heading' })}
    </div>
    ${urgentSigns(number)}
    <div class="naloxone" part="naloxone">
      ${checklistHeading(
        msg('While you wait for help', {
          id: 'riskChecklist.urgent.waitHeading',
          desc: 'Emergency block: heading above what to do (naloxone, recovery position) while waiting for help.',
        }),
        level,
        2,
        { part: 'naloxone-heading' },
      )}
      <ul>
        ${NALOXONE_GUIDANCE.map((c) => html`<li data-claim=${c.id}>${keepWhole(c.text())} ${claimEvidenceChip(c)}</li>`)}
      </ul>
    </div>
    ${
      us
        ? html`<div class="helplines" part="helplines">
            <p>
              ${msg('In the US, you can also call:', {
                id: 'riskChecklist.helpline.intro',
                desc: 'Emergency block, US readers only: intro to the national helpline phone numbers.',
              })}
            </p>
            <ul>
              ${US_HELPLINES.map(
                (h) =>
                  html`<li data-helpline=${h.id}>
                    ${h.name()}
                    <a class="tel ltr" part="helpline-link" href=${`tel:${h.tel}`}>${h.display}</a>
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing
    }
    ${help}
    <details class="sources-disclosure" part="urgent-sources" @toggle=${onSourcesToggle}>
      <summary>${sourcesSummaryLabel(sources.length)}</summary>
      ${lazySourceList(sources, CHECKLIST_SOURCES, false)}
    </details>
  </section>`;
}

/** The heading of the emergency block (also above the signs in the printed summary). */
export function urgentHeadingText(): string {
  return msg('Get help now', {
    id: 'riskChecklist.urgent.heading',
    desc: 'Heading of the always-visible emergency signs block. Short and urgent.',
  });
}

/**
 * The emergency signs, the call line and the same-day signs: in the emergency block and in the
 * printed summary. `number` is the normalised emergency number (`''`: the generic wording).
 */
export function urgentSigns(number: string): TemplateResult {
  const emergency = URGENT_SIGNS.filter((s) => s.urgency === 'emergency');
  const sameDay = URGENT_SIGNS.filter((s) => s.urgency === 'same-day');
  return html` <p class="urgent-intro">
      ${msg('Call for help now if you, or someone with you, has any of these signs:', {
        id: 'riskChecklist.urgent.intro',
        desc: 'Intro to the list of emergency signs in the always-visible block. Direct, urgent tone.',
      })}
    </p>
    <ul class="signs">
      ${emergency.map((s) => html`<li data-sign=${s.id}>${keepWhole(s.text())}</li>`)}
    </ul>
    <p class="call" part="emergency-call">
      ${
        number
          ? html`<strong
                >${msg('Call this emergency number now:', {
                  id: 'riskChecklist.urgent.callNumber',
                  desc: 'Emergency block: shown before the emergency phone number the page set (e.g. 911, 112). The number follows as a link.',
                })}</strong
              >
              <a class="tel ltr" part="emergency-link" href=${`tel:${number}`}>${number}</a>`
          : html`<strong
              >${msg('Call your local emergency number now.', {
                id: 'riskChecklist.urgent.callGeneric',
                desc: 'Emergency block: shown when the page did not set an emergency phone number. Do not add a number.',
              })}</strong
            >`
      }
    </p>
    ${
      sameDay.length
        ? html`<p class="same-day-intro">
              ${msg('Get medical care the same day if:', {
                id: 'riskChecklist.urgent.sameDayIntro',
                desc: 'Emergency block: intro to signs that need urgent care the same day but not an emergency call.',
              })}
            </p>
            <ul class="signs same-day">
              ${sameDay.map((s) => html`<li data-sign=${s.id}>${keepWhole(s.text())}</li>`)}
            </ul>`
        : nothing
    }`;
}
