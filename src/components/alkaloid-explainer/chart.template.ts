/**
 * The leaf composition chart: one range bar per alkaloid on a 0–100 % axis, with a visually hidden
 * table that repeats the figures for screen readers.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ALKALOIDS } from '../../content/alkaloids.js';
import type { Alkaloid } from '../../content/types.js';
import { chartSourceIds, percent, shareBar, shareNote, shareValue } from './share.js';
import { citations, levelHeading, nameOf } from './blocks.template.js';

/**
 * One SVG track per alkaloid on a 0–100 % axis. Geometry is in viewBox units (= percent), as SVG
 * attributes, drawn left to right; the stylesheet mirrors the track with `:dir(rtl)`, so bars and
 * the (HTML) axis labels always follow the same text direction, even when it changes live.
 */
function chartTrack(a: Alkaloid): TemplateResult {
  const bar = shareBar(a.share);
  const grid = [25, 50, 75].map(
    (x) => svg`<line class="grid" x1=${x} x2=${x} y1="0" y2="14" vector-effect="non-scaling-stroke"></line>`,
  );
  let shape: unknown = nothing;
  if (bar) {
    const width = Math.max(bar.to - bar.from, 0.5);
    shape = svg`<rect class="bar" part="chart-bar" x=${bar.from} y="4" width=${width} height="6"></rect>
      ${bar.openStart ? nothing : svg`<line class="cap" x1=${bar.from} x2=${bar.from} y1="1" y2="13" vector-effect="non-scaling-stroke"></line>`}
      <line class="cap" x1=${bar.to} x2=${bar.to} y1="1" y2="13" vector-effect="non-scaling-stroke"></line>`;
  }
  return html`<svg class="track" viewBox="0 0 100 14" preserveAspectRatio="none" focusable="false">
    <rect class="track-bg" x="0" y="0" width="100" height="14"></rect>
    ${grid}${shape}
  </svg>`;
}

/** The chart section, with the `selected` alkaloid's row marked; `level` is the element's top heading level. */
export function chart(selected: Alkaloid, level: number): TemplateResult {
  const noteCol = msg('Note', {
    id: 'alkaloidExplainer.chart.colNote',
    desc: 'Column header in the chart table: notes on how reliable each figure is.',
  });
  return html`<div class="chart-section block">
    ${levelHeading(
      msg('Leaf composition', {
        id: 'alkaloidExplainer.chart.heading',
        desc: 'Heading of the chart of typical shares of each alkaloid in kratom leaf.',
      }),
      level,
    )}
    <figure class="chart" part="chart">
      <figcaption>
        <p>
          ${msg(
            'Typical share of each alkaloid in all the alkaloids of kratom leaf. Bars show reported ranges, not exact amounts: they vary by plant and product.',
            {
              id: 'alkaloidExplainer.chart.caption',
              desc: 'Caption of the leaf composition chart. Keep "ranges, not exact amounts".',
            },
          )}
        </p>
        ${citations(chartSourceIds())}
      </figcaption>
      <div class="chart-visual" aria-hidden="true">
        ${ALKALOIDS.map((a) => {
          const note = shareNote(a.share);
          const isSelected = a.id === selected.id;
          return html`<div class="chart-row${isSelected ? ' is-selected' : ''}" data-alkaloid=${a.id}>
            <span class="chart-name">${nameOf(a)}</span>
            ${chartTrack(a)}
            <span class="chart-value"
              >${shareValue(a.share)}${
                note
                  ? html`<span class="chart-note"
                      >${msg('not checked', {
                        id: 'alkaloidExplainer.chart.unverifiedShort',
                        desc: 'Very short note under a chart figure that rests on secondary or vendor pages only. Max ~15 characters.',
                      })}</span
                    >`
                  : nothing
              }</span
            >
          </div>`;
        })}
        <div class="chart-row chart-axis">
          <span class="chart-name"></span>
          <span class="axis"><span>${percent(0)}</span><span>${percent(50)}</span><span>${percent(100)}</span></span>
          <span class="chart-value"></span>
        </div>
        <p class="chart-legend">
          ${msg('A bar with end marks shows a reported range. No bar: no reliable figure, or not in the leaf.', {
            id: 'alkaloidExplainer.chart.legend',
            desc: 'Legend under the chart explaining how ranges and missing figures are drawn.',
          })}
        </p>
      </div>
      <div class="visually-hidden">
        <table part="chart-table">
          <caption>
            ${msg('Share of all leaf alkaloids, by alkaloid', {
              id: 'alkaloidExplainer.chart.tableCaption',
              desc: 'Caption of the screen-reader table that repeats the chart data.',
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                ${msg('Alkaloid', { id: 'alkaloidExplainer.chart.colAlkaloid', desc: 'Column header: alkaloid name.' })}
              </th>
              <th scope="col">
                ${msg('Typical share', {
                  id: 'alkaloidExplainer.chart.colShare',
                  desc: 'Column header: typical share of all leaf alkaloids.',
                })}
              </th>
              <th scope="col">${noteCol}</th>
            </tr>
          </thead>
          <tbody>
            ${ALKALOIDS.map(
              (a) =>
                html`<tr data-alkaloid=${a.id}>
                  <th scope="row">${nameOf(a)}</th>
                  <td>${shareValue(a.share)}</td>
                  <td>${shareNote(a.share)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </figure>
  </div>`;
}
