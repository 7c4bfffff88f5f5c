/**
 * Translator notes (`desc` in `msg()` options) are for the XLIFF files only: the runtime never reads
 * them. These helpers remove them from shipped code (CDN bundle, dist/, size measurements) so readers
 * do not download several kilobytes of notes. Only `desc: <string literal>` properties are removed.
 * Builds apply it through scripts/shipped-source.mjs.
 */

const DESC = /,?\s*\bdesc:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)(\s*,)?/g;

/** Removes `desc: '…'` properties from source or compiled JS. */
export function stripDesc(code) {
  if (!code.includes('desc:')) return code;
  return code.replace(DESC, (match, trailingComma) => (match.trimStart().startsWith(',') && trailingComma ? ',' : ''));
}
