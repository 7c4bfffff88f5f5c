/**
 * Short author–year citations ("Tanna 2023", "FDA 2025") for bibliography entries, and the letters
 * that tell apart two entries with the same short label ("Tanna 2023a", "Tanna 2023b").
 *
 * Pure content-layer code: no locale state, no views. The English form is returned as a string
 * (`shortCitation`, `shortCitations`); views that localise the year's digits or the word order use
 * the parts (`citationParts`, `bibliographyCitationParts`) and put them together themselves.
 *
 * Rules:
 * - The name is the first author's surname ("Tanna RS, Cech NB" → "Tanna"; "Leong Bin Abdullah MFI"
 *   → "Leong Bin Abdullah"), or, for an organisation, its short name: the organisation as written
 *   when it is short ("NIDA", "NIDDK/NLM"), else its acronym ("World Health Organization (WHO)" →
 *   "WHO"). A journal name or a title fragment is never used in the author's place: an entry without
 *   authors breaks the bibliography rule (the content check rejects it) and gets the neutral name
 *   "Anon.".
 * - The year is the publication year; an undated page shows "n.d." (no date), as in APA style.
 * - Equal labels get the letters a, b, c … in bibliography order (id order, numeric: P30 before
 *   P32). `bibliographyCitationParts` disambiguates over the whole evidence bibliography, so one
 *   source keeps one label wherever it is shown on a page.
 */
import { bibliography } from './bibliography.js';
import type { Source } from './types.js';
import { formatCitation, type CitationParts } from './source-entries.js';

export { formatCitation, NO_DATE, type CitationParts } from './source-entries.js';

/** Used only when an entry breaks the rule that every source has authors. */
const ANONYMOUS = 'Anon.';

/** An organisation name longer than this is shortened to its acronym when it has one. */
const SHORT_ORGANISATION = 24;

/** "Surname AB", "Garcia-Romeu A", "Leong Bin Abdullah MFI": a surname followed by initials. */
const PERSON = /^(.+?)\s+\p{Lu}{1,4}(?:-\p{Lu}{1,2})?$/u;

/** An acronym of two or more capitals ("WHO", "FDA", "NIDDK"). */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}&]+(?![\p{L}\p{N}])/u;

/**
 * A work cited without its authors (`authorsNotSeen`): the first words of its title, in quotation
 * marks, up to the first colon or four words ("“Legally lethal kratom”").
 */
function shortTitle(title: string): string {
  const head = (title.split(':')[0] ?? title).trim();
  const words = head.split(/\s+/u);
  const short = words.length > 4 ? `${words.slice(0, 4).join(' ')}…` : head;
  return `\u201c${short}\u201d`;
}

/** The first author's surname or the organisation's short name (see the module rules). */
export function citationName(source: Source): string {
  // The first of several organisations ("DEA; HHS"), or the author list.
  const first = (source.authors.split(';')[0] ?? '').trim();
  // The first person of a list ("Tanna RS, Cech NB, …"), without "et al." or a note in brackets.
  const lead = (first.split(',')[0] ?? '')
    .replace(/\(.*?\)/gu, '')
    .replace(/\bet al\.?/gu, '')
    .trim();
  if (!lead) return source.authorsNotSeen ? shortTitle(source.title) : ANONYMOUS;
  const person = PERSON.exec(lead);
  if (person?.[1]) return person[1].trim();
  // An organisation: as written when short, else its acronym, else as written.
  const organisation = first.replace(/\s+/gu, ' ');
  const plain = organisation.replace(/\s*\(.*?\)/gu, '').trim();
  if (plain && plain.length <= SHORT_ORGANISATION) return plain;
  const acronym = ACRONYM.exec(organisation);
  return acronym ? acronym[0] : plain || organisation;
}

/** Name and year of a source, without a disambiguating letter. */
export function citationParts(source: Source): CitationParts {
  return { name: citationName(source), year: source.year, suffix: '' };
}

/** "FirstAuthorSurname Year" ("Tanna 2023"), or organisation and year ("FDA 2025"); no letter. */
export function shortCitation(source: Source): string {
  return formatCitation(citationParts(source));
}

/** Letters for the 1st, 2nd … entry of a group: a … z, then aa, ab … */
function letter(index: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';
  return index < alphabet.length
    ? (alphabet[index] ?? '')
    : letter(Math.floor(index / alphabet.length) - 1) + (alphabet[index % alphabet.length] ?? '');
}

function byId(a: Source, b: Source): number {
  return a.id.localeCompare(b.id, 'en', { numeric: true });
}

/**
 * The citation parts of each source, with letters where two or more distinct sources of the list
 * share a name and year. Letters follow bibliography (id) order, whatever the order of the list.
 * A source listed twice gets the same parts both times.
 */
export function citationPartsOf(sources: readonly Source[]): CitationParts[] {
  const groups = new Map<string, Source[]>();
  for (const s of sources) {
    const key = shortCitation(s);
    const group = groups.get(key) ?? [];
    if (!group.some((g) => g.id === s.id)) group.push(s);
    groups.set(key, group);
  }
  const suffixOf = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort(byId).forEach((s, i) => suffixOf.set(s.id, letter(i)));
  }
  return sources.map((s) => ({ ...citationParts(s), suffix: suffixOf.get(s.id) ?? '' }));
}

/** Short citations of a list, unique within it ("Tanna 2023a", "Tanna 2023b"); same order as given. */
export function shortCitations(sources: readonly Source[]): string[] {
  return citationPartsOf(sources).map(formatCitation);
}

let whole: Map<string, CitationParts> | undefined;

/**
 * The citation parts of a source as labelled within the whole evidence bibliography, so that the
 * same source has the same label in every list of a page and two sources never share one. A source
 * that is not in the evidence bibliography gets its parts without a letter.
 */
export function bibliographyCitationParts(source: Source): CitationParts {
  if (!whole) {
    const all = bibliography();
    const parts = citationPartsOf(all);
    whole = new Map(all.map((s, i) => [s.id, parts[i] ?? citationParts(s)]));
  }
  const known = whole.get(source.id);
  return known && known.name === citationName(source) && known.year === source.year ? known : citationParts(source);
}

/** `shortCitation` as labelled within the whole evidence bibliography ("Tanna 2023b"). */
export function bibliographyCitation(source: Source): string {
  return formatCitation(bibliographyCitationParts(source));
}
