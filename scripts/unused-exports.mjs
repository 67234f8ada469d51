// Exports that no other file imports (`npm run lint` runs this after ESLint). An export nobody
// imports is either dead code or a local that should not be exported; both make the next reader
// look for callers that do not exist. import-x's no-unused-modules cannot do this here: under
// ESLint 10 it is a no-op (it needs the FileEnumerator ESLint removed).
//
// The check is syntactic and takes a second or two: every source file is parsed with TypeScript's
// parser (no type checking), its exports and its imports of relative paths are listed, and
// `export * from` passes a use on to the module it re-exports. Imports from tests count as uses. An
// exported type that the file's own declarations use (a parameter's or a result's shape) may stay
// exported: it is part of what the module offers, for a caller that needs to name it.
// Entry points (below) are not asked to have importers. `node scripts/unused-exports.mjs --json`
// prints the findings as JSON.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const DIRS = ['core', 'db', 'host', 'server', 'electron', 'renderer', 'test', 'scripts', 'bin'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'fixtures']);
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '.js'];

/** Files whose exports are read by a tool or the runtime, not by an import in the tree. */
const ENTRY = [
  /\.(test|spec)\.ts$/,
  /(^|\/)[^/]+\.config\.(ts|js|mjs)$/,
  /^scripts\/[^/]+\.mjs$/,
  /^bin\//,
  /^test\/helpers\/[^/]+\.mjs$/, // run as child processes by tests
  /^host\/cli\.ts$/, // dist/pressdesk.mjs
  /^host\/parse-worker\.ts$/, // dist/parse-worker.mjs
  /^test\/bench\/run\.ts$/, // dist/bench.mjs
  /^electron\/(main|backend|preload)\.ts$/,
  /^renderer\/main\.tsx$/, // renderer/index.html
];

function listFiles() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(path);
      } else if (EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts') && !name.endsWith('.d.mts')) {
        files.push(path);
      }
    }
  };
  for (const dir of DIRS) if (existsSync(join(ROOT, dir))) walk(join(ROOT, dir));
  for (const name of readdirSync(ROOT)) if (/\.config\.(ts|js|mjs)$/.test(name)) files.push(join(ROOT, name));
  return files;
}

function resolveImport(from, specifier, known) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(m?js)$/, '');
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => stem + ext),
    ...EXTENSIONS.map((ext) => join(base, 'index' + ext)),
  ];
  return candidates.find((path) => known.has(path)) ?? null;
}

const hasExport = (node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const hasDefault = (node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

function bindingNames(name, out) {
  if (ts.isIdentifier(name)) out.push(name.text);
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindingNames(element.name, out);
  return out;
}

/** What one file exports (name -> line), re-exports wholesale, and uses of other files. */
function readModule(file, known) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const exports = new Map();
  const typesUsedHere = new Set();
  const starFrom = [];
  const uses = []; // [target file, name | '*']
  const typeNames = new Set();
  const line = (node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const use = (specifier, name) => {
    const target = resolveImport(file, specifier, known);
    if (target) uses.push([target, name]);
  };

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const from = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (!clause) continue;
      if (clause.name) use(from, 'default');
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) use(from, '*');
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) use(from, (element.propertyName ?? element.name).text);
    } else if (ts.isExportDeclaration(statement)) {
      const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : null;
      const clause = statement.exportClause;
      if (!clause) {
        const target = from && resolveImport(file, from, known);
        if (target) starFrom.push(target);
      } else if (ts.isNamespaceExport(clause)) {
        exports.set(clause.name.text, line(statement));
        if (from) use(from, '*');
      } else {
        for (const element of clause.elements) {
          exports.set(element.name.text, line(element));
          if (from) use(from, (element.propertyName ?? element.name).text);
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      exports.set('default', line(statement));
    } else if (hasExport(statement)) {
      if (hasDefault(statement)) exports.set('default', line(statement));
      else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations)
          for (const name of bindingNames(declaration.name, [])) exports.set(name, line(declaration));
      } else if (statement.name && ts.isIdentifier(statement.name)) {
        exports.set(statement.name.text, line(statement));
        if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) typeNames.add(statement.name.text);
      }
    }
  }

  // Dynamic imports, `import('./x').T` in types, and require(): anywhere in the file.
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.arguments.length && ts.isStringLiteralLike(node.arguments[0])) {
      const dynamic = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const required = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (dynamic || required) use(node.arguments[0].text, '*');
    } else if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && typeNames.has(node.typeName.text)) {
      typesUsedHere.add(node.typeName.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      const from = node.argument.literal.text;
      if (node.qualifier) use(from, (ts.isIdentifier(node.qualifier) ? node.qualifier : node.qualifier.left).getText(source).split('.')[0]);
      else use(from, '*');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { exports, typesUsedHere, starFrom, uses };
}

const files = listFiles();
const known = new Set(files);
const modules = new Map(files.map((file) => [file, readModule(file, known)]));

// Names used from each file by another file; '*' means all of them.
const used = new Map(files.map((file) => [file, new Set()]));
const imported = new Set();
const pending = [];
for (const [file, { uses }] of modules) {
  for (const [target, name] of uses) if (target !== file) pending.push([target, name]);
}
while (pending.length) {
  const [target, name] = pending.pop();
  imported.add(target);
  const names = used.get(target);
  if (names.has(name)) continue;
  names.add(name);
  // A name that the file re-exports with `export *` is a use of the modules it comes from.
  const { exports, starFrom } = modules.get(target);
  if (name === '*' || !exports.has(name)) for (const from of starFrom) pending.push([from, name]);
}

const rel = (file) => relative(ROOT, file).split('\\').join('/');
const findings = [];
for (const [file, { exports, typesUsedHere }] of modules) {
  const path = rel(file);
  if (ENTRY.some((pattern) => pattern.test(path))) continue;
  const names = used.get(file);
  if (!imported.has(file)) {
    findings.push({ file: path, line: 1, name: null, message: 'no file imports this module' });
    continue;
  }
  if (names.has('*')) continue;
  for (const [name, at] of exports)
    if (!names.has(name) && !typesUsedHere.has(name))
      findings.push({ file: path, line: at, name, message: `'${name}' is exported but no other file imports it` });
}
findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);

if (process.argv.includes('--json')) console.log(JSON.stringify(findings, null, 2));
else {
  for (const f of findings) console.log(`${f.file}:${f.line}  ${f.message}`);
  console.log(findings.length ? `\n${findings.length} unused exports (drop the export, or the code if nothing uses it)` : 'No unused exports.');
}
process.exit(findings.length ? 1 : 0);
