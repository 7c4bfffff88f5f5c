/**
 * Keeps words whole that a browser's line breaker would split. Thai is written without spaces
 * between words, and the engines break lines with a dictionary that does not know transliterated
 * drug names: Chromium broke นา|ล็อกโซน (naloxone) and เฟ|นทานิล (fentanyl) in the urgent block
 * (translation audit TH1). Each known term is wrapped in a `.keep-whole` span (white-space: nowrap,
 * base.styles.ts); the rest of the text still breaks as the engine decides. Text only: no markup
 * from the translation is ever parsed.
 */
import { html, type TemplateResult } from 'lit';
import { getLocale } from '../localization/index.js';

/**
 * Per locale, the terms to keep whole: the Thai term base's drug names (locales/termbase.json:
 * naloxone, fentanyl, opioid, benzodiazepine) and ลำคอ (throat), also split in the audit.
 * Only languages written without spaces need entries.
 */
export const KEEP_WHOLE_TERMS: Readonly<Record<string, readonly string[]>> = {
  th: ['เบนโซไดอะซีพีน', 'นาล็อกโซน', 'เฟนทานิล', 'โอปิออยด์', 'ลำคอ'],
};

const patterns = new Map<string, RegExp>();

function patternFor(terms: readonly string[]): RegExp {
  const key = terms.join('\u0000');
  let re = patterns.get(key);
  if (!re) {
    // Longest first, so a term inside a longer one never wins.
    const alternatives = [...terms]
      .sort((a, b) => b.length - a.length)
      .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(alternatives.join('|'), 'gu');
    patterns.set(key, re);
  }
  return re;
}

/** `text` with the locale's keep-whole terms wrapped in nowrap spans (the text itself when none occur). */
export function keepWhole(text: string, locale: string = getLocale()): string | TemplateResult {
  const terms = KEEP_WHOLE_TERMS[locale];
  if (!terms?.length) return text;
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(patternFor(terms))) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(html`<span class="keep-whole">${match[0]}</span>`);
    last = at + match[0].length;
  }
  if (!parts.length) return text;
  if (last < text.length) parts.push(text.slice(last));
  return html`${parts}`;
}
