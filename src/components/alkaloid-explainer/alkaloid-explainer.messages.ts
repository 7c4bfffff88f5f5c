/**
 * The explainer's message helpers that format values: short citations and the identity figures.
 * Each is a `msg()` call looked up on every call, so the text follows the active locale. The
 * receptor and action names are in labels.ts, which the Node content scripts import on their own.
 */
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../shared/format.js';
import { EXPLAINER_CITATIONS } from '../../content/widget-sources/explainer.js';
import type { ShownSource } from '../../content/types.js';

/**
 * Short author–year label of a source ("Kruegel 2016", "FDA 2025"), with the letter that tells it
 * apart from another source of the same name and year ("Tanna 2023a"). Letters are given over the
 * whole bibliography, so a source has the same label in every list of the page: the parts come
 * from the explainer's generated table (src/content/widget-sources/explainer.ts), not from the
 * bibliography.
 */
export function sourceShortName(source: ShownSource): string {
  const label = EXPLAINER_CITATIONS[source.id];
  const who = label?.name ?? source.authors;
  const published = source.year;
  const suffix = label?.suffix ?? '';
  const year =
    published === null
      ? `${msg('n.d.', {
          id: 'alkaloidExplainer.cite.noDate',
          desc: 'Short for "no date", shown in place of the year in a short citation of an undated web page (e.g. "NIDA n.d."). Use the usual abbreviation of your citation style.',
        })}${suffix ? `-${suffix}` : ''}`
      : `${formatNumber(published, { useGrouping: false })}${suffix}`;
  return msg(str`${who} ${year}`, {
    id: 'alkaloidExplainer.cite.short',
    desc: 'Short citation shown as a link after a statement: first author (or organisation) and year, e.g. "Kruegel 2016". Placeholders: name, year (the year may end in a letter, "2023a", that tells apart two works of the same author and year, or be "n.d." for no date). Change only the order or punctuation.',
  });
}

/** A molar mass with its unit, e.g. "398.5 g/mol". */
export function molarMassText(value: number): string {
  const mass = formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return msg(str`${mass} g/mol`, {
    id: 'alkaloidExplainer.identity.molarMassValue',
    desc: 'Molar mass with its unit, e.g. "398.5 g/mol". Placeholder: a formatted number. Keep the unit "g/mol".',
  });
}

/** A PubChem compound id, e.g. "CID 3034396". */
export function pubchemText(cid: number): string {
  const id = formatNumber(cid, { useGrouping: false });
  return msg(str`CID ${id}`, {
    id: 'alkaloidExplainer.identity.pubchemValue',
    desc: 'PubChem compound id, e.g. "CID 3034396". Placeholder: the number. "CID" (compound identifier) is a database term; usually keep it.',
  });
}
