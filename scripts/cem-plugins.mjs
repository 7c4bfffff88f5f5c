/**
 * Custom Elements Manifest analyzer plugins for kratom-widgets (used by
 * custom-elements-manifest.config.mjs). They work on every element the analyzer finds, so new
 * elements are covered as soon as they exist.
 *
 * - `kratomTypesPlugin`: sorts modules by path (deterministic output) and uses the TypeScript checker to
 *   1. publish a default written as a constant (`= DEFAULT_HEADING_LEVEL`) as its value (`3`);
 *   2. give every event its detail type, read from `this.emit<T>('name', …)` (KratomElement's typed
 *      emitter) or `new CustomEvent<T>('name', …)`: `type.text` becomes `CustomEvent<T>`, with a
 *      reference to the module that exports `T`, and `parsedType` the expanded detail. Events that
 *      are emitted but not documented with `@fires` are added without a description (the manifest
 *      validator, scripts/check-cem.mjs, then reports them).
 * Expanded alias types of attributes and fields (`parsedType`) come from `@wc-toolkit/type-parser`;
 * neither it nor the analyzer reads event details from `emit<T>()` or resolves constant defaults.
 */
import path from 'node:path';
import ts from 'typescript';

const COMPILER_OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  experimentalDecorators: true,
  useDefineForClassFields: false,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
};

const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;
const PRIMITIVE = /^(string|number|boolean|bigint|null|undefined|true|false|'[^']*'|"[^"]*"|-?\d+(\.\d+)?)$/;

/**
 * type-parser also "expands" types that name nothing (`string | null` → `null | string`); keep
 * `parsedType` only where it adds something, so docs and IDEs show the type as written.
 */
const dropPlainParsedType = (item) => {
  const plain = item.type?.text?.split('|').every((s) => PRIMITIVE.test(s.trim()));
  if (plain) delete item.parsedType;
};

/** The members of a class node by name (properties and get accessors). */
function classMembers(classNode) {
  const map = new Map();
  for (const m of classNode.members) {
    if ((ts.isPropertyDeclaration(m) || ts.isGetAccessorDeclaration(m)) && m.name && ts.isIdentifier(m.name)) {
      map.set(m.name.text, m);
    }
  }
  return map;
}

/** Every `this.emit<T>('name')` and `new CustomEvent<T>('name')` in a class, as name → type node (or null). */
function emittedEvents(classNode) {
  const found = new Map();
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.expression.kind === ts.SyntaxKind.ThisKeyword &&
      node.expression.name.text === 'emit' &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      const name = node.arguments[0].text;
      if (!found.get(name)) found.set(name, node.typeArguments?.[0] ?? null);
    }
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'CustomEvent' &&
      node.arguments?.[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      const name = node.arguments[0].text;
      if (!found.get(name)) found.set(name, node.typeArguments?.[0] ?? null);
    }
    ts.forEachChild(node, visit);
  };
  visit(classNode);
  return found;
}

/** Where a named type is exported from (manifest-style module path), if it is exported at all. */
function referenceFor(checker, typeNode, cwd) {
  if (!ts.isTypeReferenceNode(typeNode) || !ts.isIdentifier(typeNode.typeName)) return undefined;
  let symbol = checker.getSymbolAtLocation(typeNode.typeName);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decl = symbol?.declarations?.[0];
  if (!decl) return undefined;
  const file = decl.getSourceFile();
  if (file.isDeclarationFile) return undefined;
  const moduleSymbol = checker.getSymbolAtLocation(file);
  const exported = moduleSymbol && checker.getExportsOfModule(moduleSymbol).some((s) => s.name === symbol.name);
  if (!exported) return undefined;
  return { name: symbol.name, module: path.relative(cwd, file.fileName).split(path.sep).join('/') };
}

const LITERAL = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
]);

/**
 * The literal value (source text) of a field initialised with a `const` that holds a literal,
 * e.g. `headingLevel = DEFAULT_HEADING_LEVEL` → `'2'`; undefined otherwise.
 */
export function literalDefault(checker, node) {
  const init = node && ts.isPropertyDeclaration(node) ? node.initializer : undefined;
  if (!init || !ts.isIdentifier(init)) return undefined;
  let symbol = checker.getSymbolAtLocation(init);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decl = symbol?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer) return undefined;
  if (!(ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const)) return undefined;
  let value = decl.initializer;
  while (ts.isAsExpression(value) || ts.isParenthesizedExpression(value) || ts.isSatisfiesExpression(value))
    value = value.expression;
  const negative = ts.isPrefixUnaryExpression(value) && value.operator === ts.SyntaxKind.MinusToken;
  const literal = negative ? value.operand : value;
  return LITERAL.has(literal.kind) ? value.getText() : undefined;
}

export function kratomTypesPlugin({ cwd = process.cwd() } = {}) {
  return {
    name: 'kratom-types',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer's module order depends on which generated files exist; sort so the output is
      // the same on every machine (`npm run manifest:check` compares it byte for byte).
      customElementsManifest.modules?.sort((a, b) => a.path.localeCompare(b.path));
      const modules = customElementsManifest.modules ?? [];
      const files = modules.map((m) => path.resolve(cwd, m.path));
      const program = ts.createProgram(files, COMPILER_OPTIONS);
      const checker = program.getTypeChecker();
      const ownDefaults = new Map();
      for (const mod of modules) {
        const source = program.getSourceFile(path.resolve(cwd, mod.path));
        if (!source) continue;
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const classNode = source.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === decl.name);
          if (!classNode) continue;
          const members = classMembers(classNode);

          // A default written as a constant (`= DEFAULT_HEADING_LEVEL`) is published as its value (`2`).
          const withLiteralDefault = (item, fieldName) => {
            const value = literalDefault(checker, members.get(fieldName));
            if (value !== undefined) item.default = value;
          };
          for (const attr of decl.attributes ?? []) {
            dropPlainParsedType(attr);
            if (!attr.fieldName) continue;
            withLiteralDefault(attr, attr.fieldName);
          }
          for (const member of decl.members ?? []) {
            if (member.kind !== 'field') continue;
            dropPlainParsedType(member);
            withLiteralDefault(member, member.name);
            if (member.default !== undefined && !member.inheritedFrom)
              ownDefaults.set(`${mod.path}#${decl.name}#${member.name}`, member.default);
          }

          const emitted = emittedEvents(classNode);
          decl.events ??= [];
          for (const [name, typeNode] of emitted) {
            let event = decl.events.find((e) => e.name === name);
            if (!event) {
              event = { name };
              decl.events.push(event);
            }
            if (!typeNode) continue;
            if (event.type?.text && !/^(Custom)?Event$/.test(event.type.text)) continue;
            const detailText = typeNode.getText(source);
            const reference = referenceFor(checker, typeNode, cwd);
            event.type = { text: `CustomEvent<${detailText}>`, ...(reference ? { references: [reference] } : {}) };
            const expanded = checker.typeToString(checker.getTypeFromTypeNode(typeNode), undefined, FLAGS);
            if (expanded !== detailText) event.parsedType = { text: `CustomEvent<${expanded}>` };
          }
        }
      }
      // Inherited copies of a field carry the default their class declares (after the pass above).
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          for (const member of decl.members ?? []) {
            const from = member.inheritedFrom;
            const key = from && `${from.module}#${from.name}#${member.name}`;
            if (key && ownDefaults.has(key)) member.default = ownDefaults.get(key);
          }
        }
      }
    },
  };
}
