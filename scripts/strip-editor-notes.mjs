/**
 * `editorNote` properties in the content data (src/content/legal/places/<code>.ts) are the
 * research's full English wording, kept for editors: readers never see them, and no shipped code
 * reads them. They were about a quarter of the legal data a page with a legal badge downloads, so
 * shipped builds (scripts/shipped-source.mjs) remove them.
 *
 * Only `editorNote: <string literal>` properties of object literals are removed (with their comma);
 * the property is found with the TypeScript parser, so a note that contains quotes, commas or the
 * word itself is handled, and any other use of the name is left alone. Sources, Storybook and tests
 * keep the notes. scripts/tests/strip-editor-notes.test.mjs covers it.
 */
import ts from 'typescript';

const NAME = 'editorNote';

/** `true` for a string literal, or string literals joined with `+`. */
function isLiteralString(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (ts.isParenthesizedExpression(node)) return isLiteralString(node.expression);
  return (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
    isLiteralString(node.left) &&
    isLiteralString(node.right)
  );
}

/** Returns `code` without `editorNote: '…'` properties. `fileName` decides the parser mode. */
export function stripEditorNotes(code, fileName = 'file.ts') {
  if (!code.includes(NAME)) return code;
  const kind = /\.m?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  /** @type {{ start: number, end: number }[]} */
  const cuts = [];
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const props = node.properties;
      props.forEach((prop, i) => {
        if (
          ts.isPropertyAssignment(prop) &&
          (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) &&
          prop.name.text === NAME &&
          isLiteralString(prop.initializer)
        ) {
          // From the end of the previous property (or the brace) to the end of this one, so the
          // line and its leading comma-free indentation go; the separating comma is handled below.
          const start = prop.getFullStart();
          let end = prop.getEnd();
          const next = props[i + 1];
          const comma = code.indexOf(',', end);
          const hasComma = comma >= 0 && code.slice(end, comma).trim() === '';
          if (hasComma) end = comma + 1;
          else if (i > 0 && !next) {
            // Last property without a trailing comma: drop the comma before it instead.
            const prevEnd = props[i - 1].getEnd();
            const before = code.indexOf(',', prevEnd);
            if (before >= 0 && before < start) {
              cuts.push({ start: before, end: prop.getEnd() });
              return;
            }
          }
          cuts.push({ start, end });
        }
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (cuts.length === 0) return code;
  cuts.sort((a, b) => b.start - a.start);
  let out = code;
  for (const c of cuts) out = out.slice(0, c.start) + out.slice(c.end);
  return out;
}
