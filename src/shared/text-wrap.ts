/**
 * Text wrapping by estimate, for SVG labels. SVG text cannot be measured before it is drawn (and
 * measuring would tie layout to the page font), so labels are wrapped by an estimate of their
 * width in ems, deliberately generous so that wide fonts still fit inside the boxes. Long words
 * break after hyphens, then at word boundaries (scripts written without spaces, via
 * `Intl.Segmenter`), then between graphemes.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[ijlI.,:;'!|()[\]{} \u00a0ftr1-]/u;

const WIDE_LATIN = /[A-Z0-9mwMW@%&]/u;

/**
 * Text in which every code point is a grapheme of its own, so no segmenter is needed: printable
 * ASCII, Latin-1 and Latin Extended-A/B, Greek, general punctuation, arrows and mathematical
 * operators, none of which joins its neighbours (test/format.test.ts checks that against
 * Intl.Segmenter). English labels stay within it, and the first Intl.Segmenter a page constructs
 * makes the engine load its locale tables, 12 to 17 ms of main thread on this machine class.
 */
export const SINGLE_GRAPHEMES = /^[\x20-\x7e\xa0-\u024f\u0370-\u03ff\u2010-\u2027\u2030-\u205e\u2190-\u22ff]*$/;

/** Segmenters are costly to construct: one per granularity and locale, reused for every label. */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(granularity: 'grapheme' | 'word', locale?: string): Intl.Segmenter {
  const key = `${granularity}:${locale ?? ''}`;
  let hit = segmenters.get(key);
  if (!hit) {
    hit = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, hit);
  }
  return hit;
}

/** The user-perceived characters of `text` (Intl.Segmenter only when the text needs it). */
export function graphemes(text: string): string[] {
  if (SINGLE_GRAPHEMES.test(text)) return Array.from(text);
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(segmenter('grapheme').segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/** Adds the estimated width of `text` (in ems) to `em`, grapheme by grapheme. */
function addEm(em: number, text: string): number {
  for (const g of SINGLE_GRAPHEMES.test(text) ? text : graphemes(text)) {
    if (WIDE.test(g)) em += 1;
    else if (NARROW.test(g)) em += 0.36;
    else if (WIDE_LATIN.test(g)) em += 0.74;
    else em += 0.6;
  }
  return em;
}

/** Estimated width of `text` in ems (generous: wide fonts still fit). */
export function estimateEm(text: string): number {
  return addEm(0, text);
}

interface Piece {
  text: string;
  /** Whether a space separates this piece from the previous one. */
  spaced: boolean;
}

function splitLong(word: string, maxEm: number, locale: string): string[] {
  // 1. After hyphens ("7-hydroxymitragynine" → "7-", "hydroxymitragynine").
  const parts = word.split(/(?<=[-‐/])/u).filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    if (estimateEm(part) <= maxEm) {
      out.push(part);
      continue;
    }
    // 2. Word boundaries for scripts written without spaces (Thai, Chinese …).
    let words = [part];
    if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
      words = Array.from(segmenter('word', locale).segment(part), (s) => s.segment);
    }
    // 3. Hard breaks between graphemes as a last resort.
    for (const w of words) {
      if (estimateEm(w) <= maxEm) {
        out.push(w);
        continue;
      }
      let chunk = '';
      for (const g of graphemes(w)) {
        if (chunk && estimateEm(chunk + g) > maxEm) {
          out.push(chunk);
          chunk = '';
        }
        chunk += g;
      }
      if (chunk) out.push(chunk);
    }
  }
  return out;
}

/** A wrapped label: its lines and whether it had to be cut short. */
export interface WrappedText {
  lines: string[];
  truncated: boolean;
}

/** Greedy wrap of `text` into at most `maxLines` lines of at most `maxEm` ems. */
export function wrapText(text: string, maxEm: number, maxLines: number, locale = 'en'): WrappedText {
  const pieces: Piece[] = [];
  for (const word of text.trim().split(/\s+/u).filter(Boolean)) {
    const parts = estimateEm(word) <= maxEm ? [word] : splitLong(word, maxEm, locale);
    parts.forEach((p, i) => pieces.push({ text: p, spaced: i === 0 }));
  }
  const lines: string[] = [];
  let line = '';
  // The width of the line so far is carried along (same left-to-right sum as measuring the whole
  // candidate line again), so wrapping a label is linear in its length, not quadratic.
  let lineEm = 0;
  for (const piece of pieces) {
    if (!line) {
      line = piece.text;
      lineEm = estimateEm(line);
      continue;
    }
    const gap = piece.spaced ? ' ' : '';
    const candidateEm = addEm(addEm(lineEm, gap), piece.text);
    if (candidateEm > maxEm) {
      lines.push(line);
      line = piece.text;
      lineEm = estimateEm(line);
    } else {
      line = `${line}${gap}${piece.text}`;
      lineEm = candidateEm;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && estimateEm(`${last}…`) > maxEm) last = graphemes(last).slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return { lines: kept, truncated: true };
}
