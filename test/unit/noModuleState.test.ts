import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/**
 * No module keeps state for the whole process: what has state (the kinds in use, the
 * display language, the store's memory of the file, the time index) is an object that
 * its user creates and passes on, so a signature shows every dependency and a test
 * builds its own instead of resetting a module's. This reads the source and fails on
 * what would bring module state back:
 *
 * - a module-level `let` or `var`;
 * - a module-level `const` holding a new Map, Set, WeakMap, WeakSet or WeakRef, or an
 *   empty array or object (only useful if filled later). One declared read-only
 *   (ReadonlyMap, ReadonlySet, Readonly<…>, readonly T[]) cannot be changed and passes;
 * - a `static` field that is not `readonly`, or a `static readonly` one holding such a
 *   collection.
 */

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

const COLLECTIONS = /^(Map|Set|WeakMap|WeakSet|WeakRef)$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The expression under any `as`, `satisfies`, `!` or parentheses. */
function unwrapped(expression: ts.Expression): ts.Expression {
  let at = expression;
  while (
    ts.isAsExpression(at) ||
    ts.isSatisfiesExpression(at) ||
    ts.isParenthesizedExpression(at) ||
    ts.isNonNullExpression(at)
  )
    at = at.expression;
  return at;
}

/** Whether `initializer` makes a collection meant to be changed later. */
function isChangeableCollection(initializer: ts.Expression | undefined, type: ts.TypeNode | undefined): boolean {
  if (!initializer || /^readonly\b|^Readonly/.test(type?.getText() ?? '')) return false;
  const value = unwrapped(initializer);
  if (ts.isNewExpression(value) && ts.isIdentifier(value.expression)) return COLLECTIONS.test(value.expression.text);
  if (ts.isArrayLiteralExpression(value)) return value.elements.length === 0;
  if (ts.isObjectLiteralExpression(value)) return value.properties.length === 0;
  return false;
}

function hasModifier(node: ts.HasModifiers, kind: ts.SyntaxKind): boolean {
  return ts.getModifiers(node)?.some((modifier) => modifier.kind === kind) ?? false;
}

/** Each place in `text` that keeps state for the whole process, as `file:line: what`. */
function moduleState(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2023, true);
  const found: string[] = [];
  const report = (node: ts.Node, why: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${fileName}:${line + 1}: ${why}: ${node.getText().split('\n')[0]?.slice(0, 80)}`);
  };

  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    if (!(list.flags & ts.NodeFlags.Const)) {
      report(statement, 'a module-level variable');
      continue;
    }
    for (const declaration of list.declarations) {
      if (isChangeableCollection(declaration.initializer, declaration.type))
        report(declaration, 'a module-level collection');
    }
  }

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyDeclaration(node) && hasModifier(node, ts.SyntaxKind.StaticKeyword)) {
      if (!hasModifier(node, ts.SyntaxKind.ReadonlyKeyword)) report(node, 'a static field that can be reassigned');
      else if (isChangeableCollection(node.initializer, node.type)) report(node, 'a static collection');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no module state', () => {
  it('keeps no state in a module or a static field anywhere in src', () => {
    const files = sourceFiles(path.join(REPO_ROOT, 'src'));
    assert.ok(files.length > 50);
    assert.deepEqual(
      files.flatMap((file) => moduleState(path.relative(REPO_ROOT, file), readFileSync(file, 'utf8'))),
      [],
    );
  });

  it('would notice state kept by a module or a class', () => {
    const offending = [
      'let language = "en";', // 1
      'export var count = 0;', // 2
      'const cache = new Map<string, number>();', // 3
      'const seen = new WeakMap<object, string>() as WeakMap<object, string>;', // 4
      'const pending: string[] = [];', // 5
      'const byPath = {} as Record<string, number>;', // 6
      'class Index {', // 7
      '  static latest: string | undefined;', // 8
      '  private static readonly built = new WeakMap<object, Index>();', // 9
      '}',
    ];
    const allowed = [
      'const MAX = 4;',
      "const DAYS = ['monday', 'sunday'] as const;",
      'const KNOWN: ReadonlySet<string> = new Set(["a"]);',
      'const TABLE = { a: 1 };',
      'const NONE: Readonly<Record<number, string>> = {};',
      'export class Store {',
      '  private readonly known = new Map<string, number>();',
      '  private latest: string | undefined;',
      '  static readonly DEFAULT_NAME = "log";',
      '  static build(): Store { let built = new Store(); return built; }',
      '}',
      'function count(): number { let total = 0; for (var i = 0; i < 3; i++) total += i; return total; }',
    ];
    const lines = (findings: string[]) => findings.map((finding) => Number(/:(\d+):/.exec(finding)?.[1]));
    assert.deepEqual(lines(moduleState('offending.ts', offending.join('\n'))), [1, 2, 3, 4, 5, 6, 8, 9]);
    assert.deepEqual(moduleState('allowed.ts', allowed.join('\n')), []);
  });
});
