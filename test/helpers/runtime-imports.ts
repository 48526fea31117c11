// The modules a source loads when it runs (type-only imports and exports left out, which TypeScript
// erases), split into static imports and dynamic import() calls, read by TypeScript's parser; and the
// source file a workspace package's specifier names (its package.json `exports`, `source` condition).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

export interface RuntimeImports {
  static: string[];
  dynamic: string[];
}

function typeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import runs
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

function typeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

export function runtimeImportsOf(text: string, fileName = 'x.ts'): RuntimeImports {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const out: RuntimeImports = { static: [], dynamic: [] };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && !typeOnlyImport(node)) out.static.push(node.moduleSpecifier.text);
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !typeOnlyExport(node)) out.static.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) out.dynamic.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** The source file of a workspace package's specifier ('@newslens/x' or '@newslens/x/sub'), by its `source` export; null for other packages. */
export function workspaceSource(root: string, spec: string): string | null {
  const m = /^@newslens\/([^/]+)(\/.*)?$/.exec(spec);
  if (!m) return null;
  const dir = join(root, 'packages', m[1]);
  const exports = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).exports as Record<string, { source?: string }>;
  const entry = exports[`.${m[2] ?? ''}`];
  if (!entry?.source) throw new Error(`${spec}: no such export with a source condition`);
  return join(dir, entry.source);
}

/** The source file a relative specifier names ('./x.js' -> x.ts). */
export function relativeSource(from: string, spec: string): string {
  return join(dirname(from), spec.replace(/\.js$/, '.ts'));
}
