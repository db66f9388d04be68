import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';

/**
 * A file's folder says what it may import (see ARCHITECTURE.md). This reads every import
 * in `src` and fails on one that runs against the direction of dependency.
 */

/** For each layer (a folder or a file, the longest match wins), the layers it may import besides itself. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'src/shared': [],
  'src/core/time': ['src/shared'],
  'src/core/model': ['src/core/time', 'src/shared'],
  'src/core/storage': ['src/core/model', 'src/shared'],
  'src/core/git': ['src/core/model', 'src/core/time', 'src/shared'],
  'src/core/insights': ['src/core/model', 'src/core/time', 'src/shared'],
  'src/core/ladders': ['src/core/storage', 'src/core/model', 'src/core/time', 'src/shared'],
  'src/core/documents': [
    'src/core/ladders',
    'src/core/storage',
    'src/core/insights',
    'src/core/ladders',
    'src/core/git',
    'src/core/model',
    'src/core/time',
    'src/shared',
  ],
  'src/protocol.ts': ['src/shared'],
  'src/readinessProtocol.ts': ['src/shared'],
  'src/viewModel': ['src/core', 'src/protocol.ts', 'src/readinessProtocol.ts', 'src/shared'],
  'src/webview': ['src/protocol.ts', 'src/readinessProtocol.ts', 'src/shared'],
  'src/cli': ['src/core', 'src/shared'],
  'src/extension': ['src/core', 'src/viewModel', 'src/protocol.ts', 'src/readinessProtocol.ts', 'src/shared'],
};

/** Packages only some layers may use: VS Code's API in the glue, nothing at all in shared. */
function packageAllowed(layer: string, specifier: string): boolean {
  if (layer === 'src/shared') return false;
  if (specifier === 'vscode') return layer === 'src/extension';
  return true;
}

function layerOf(file: string): string {
  const layers = Object.keys(MAY_IMPORT).filter((layer) => file === layer || file.startsWith(`${layer}/`));
  const layer = layers.sort((a, b) => b.length - a.length)[0];
  assert.ok(layer, `${file} is in no layer: add its folder to MAY_IMPORT and to ARCHITECTURE.md`);
  return layer;
}

function importsOf(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2023, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]!)) {
      const callee = node.expression.getText();
      if (callee === 'require' || node.expression.kind === ts.SyntaxKind.ImportKeyword)
        found.push((node.arguments[0] as ts.StringLiteral).text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** What `file` imports that its layer may not, in words. */
function violations(file: string, text: string): string[] {
  const layer = layerOf(file);
  return importsOf(file, text).flatMap((specifier) => {
    if (!specifier.startsWith('.'))
      return packageAllowed(layer, specifier) ? [] : [`${file}: ${layer} may not import the package ${specifier}`];
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    const targetFile = target.endsWith('.ts') ? target : `${target}.ts`;
    const targetLayer = layerOf(targetFile);
    const allowed =
      targetLayer === layer ||
      (MAY_IMPORT[layer] ?? []).some((other) => targetLayer === other || targetLayer.startsWith(`${other}/`));
    return allowed ? [] : [`${file}: ${layer} may not import ${targetLayer} (${specifier})`];
  });
}

function sourceFiles(): string[] {
  return readdirSync(path.join(REPO_ROOT, 'src'), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('layers: a file’s folder says what it may import', () => {
  it('has no import against the direction of dependency', () => {
    assert.deepEqual(
      sourceFiles().flatMap((file) => violations(file, readFileSync(path.join(REPO_ROOT, file), 'utf8'))),
      [],
    );
  });

  it('would notice the core reaching into VS Code, the extension or the view model, and the webview reaching into the core', () => {
    const offending: [string, string][] = [
      ['src/core/model/schema.ts', "import * as vscode from 'vscode';"],
      ['src/core/insights/summary.ts', "import { LogService } from '../../extension/logService';"],
      ['src/core/storage/logStore.ts', "import { summariseWeek } from '../insights/summary';"],
      ['src/webview/main.ts', "import { LogStore } from '../core/storage/logStore';"],
      ['src/shared/patterns.ts', "import * as z from 'zod/mini';"],
      ['src/cli/main.ts', "const view = require('../viewModel/sidebarSnapshot');"],
    ];
    for (const [file, line] of offending)
      assert.equal(violations(file, line).length, 1, `not noticed in ${file}: ${line}`);
  });
});
