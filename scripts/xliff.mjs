/**
 * Small XLIFF 1.2 reader/writer for the files lit-localize writes (one <file>, <trans-unit>s with
 * <source>, optional <target>, <note>). Keeps line numbers for error messages.
 */
import { DOMParser } from '@xmldom/xmldom';

/** Parses an XLIFF text. Throws `{ line, message }`-bearing errors on malformed XML. */
export function parseXliff(text, file = 'xliff') {
  const errors = [];
  const onError = (level, msg) => {
    if (level !== 'warning') errors.push(String(msg));
  };
  let doc;
  try {
    doc = new DOMParser({ onError }).parseFromString(text, 'text/xml');
  } catch (error) {
    errors.push(`${error.message} ${error.locator ? `line ${error.locator.lineNumber}` : ''}`);
  }
  if (errors.length || !doc || !doc.documentElement || doc.documentElement.nodeName !== 'xliff') {
    const first = errors[0] ?? 'not an XLIFF document';
    const line = Number(/line:?\s*(\d+)/i.exec(errors.join(' '))?.[1] ?? 1);
    const err = new Error(`${file}:${line}: malformed XML: ${first.split('\n')[0]}`);
    err.line = line;
    throw err;
  }
  const fileEl = doc.getElementsByTagName('file')[0];
  const units = [];
  const list = doc.getElementsByTagName('trans-unit');
  for (let i = 0; i < list.length; i++) {
    const u = list[i];
    const source = u.getElementsByTagName('source')[0];
    const target = u.getElementsByTagName('target')[0];
    const note = u.getElementsByTagName('note')[0];
    units.push({
      id: u.getAttribute('id'),
      line: u.lineNumber ?? 0,
      approved: u.getAttribute('approved') === 'yes',
      source: source ? inner(source) : '',
      target: target ? inner(target) : undefined,
      targetLine: target?.lineNumber ?? u.lineNumber ?? 0,
      state: target?.getAttribute('state') || undefined,
      note: note ? note.textContent : undefined,
    });
  }
  return { targetLanguage: fileEl?.getAttribute('target-language') ?? '', units };
}

function inner(el) {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) out += n.toString();
  return out;
}

/** Placeholders of a message: the `equiv-text` of each `<x>`/`<ph>`, sorted. */
export function placeholders(xml) {
  const found = [];
  for (const m of xml.matchAll(/<x\b[^>]*?equiv-text="([^"]*)"[^>]*\/>/g)) found.push(m[1]);
  for (const m of xml.matchAll(/<ph\b[^>]*>([\s\S]*?)<\/ph>/g))
    found.push(m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  return found.sort();
}
