import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { useTempDir } from '../support/tempDir';

/**
 * Every sentence a person reads in VS Code goes through l10n, so it can be translated:
 * the extension's through `vscode.l10n.t` (or `l10n.t` from @vscode/l10n in code shared
 * with plain Node), and the sidebar's are sent by the host. This reads the source and
 * fails on a string literal that looks like words outside such a call.
 */

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Words a person reads: a capitalised word, or two words with a space between. */
const LOOKS_LIKE_WORDS = /\b[A-Z][a-z]{2,}\b|[a-z]{2,}[,.:;?!]?\s+[a-z]{2,}/;

/**
 * Strings in these calls are not shown to the user, or not through the extension:
 * `described` words the log's JSON Schema, a file generated at build time that VS Code
 * shows as it is (it has no way to translate a schema file).
 */
const NOT_SHOWN =
  /^(console\.\w+|new Error|executeCommand|vscode\.commands\.executeCommand|setContext|get|update|affectsConfiguration|getConfiguration|createFileSystemWatcher|postMessage|described)$/;

function isTranslated(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at)) {
      const callee = at.expression.getText();
      if (/(^|\.)l10n\.t$/.test(callee)) return true;
      if (NOT_SHOWN.test(callee.replace(/^.*\.(?=\w+$)/, '')) || NOT_SHOWN.test(callee)) return true;
    }
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at)) return true;
  }
  return false;
}

/** Literals that hold words but are not shown as such, each with why. */
const ALLOWED = [
  // The webview's page: markup, whose two texts are put in already translated and escaped.
  { file: 'src/extension/sidebar/thisWeekView.ts', startsWith: '`<!DOCTYPE html>' },
  { file: 'src/extension/readiness/readinessPanel.ts', startsWith: '`<!DOCTYPE html>' },
  // The exported web page: markup around the rendered document and its title, and its style sheet.
  { file: 'src/core/documents/html/htmlDocument.ts', startsWith: '`<!DOCTYPE html>' },
  { file: 'src/core/documents/html/pageStyle.ts', startsWith: '`\n:root' },
  // The log's JSON Schema, generated at build time (see NOT_SHOWN).
  { file: 'src/core/model/jsonSchema.ts', startsWith: "'Growth Log'" },
  { file: 'src/core/model/jsonSchema.ts', startsWith: "'Leadership moments logged" },
  // A career ladder's JSON Schema, generated at build time as the log's is.
  { file: 'src/core/ladders/ladderFile.ts', startsWith: "'Growth Log career ladder'" },
  { file: 'src/core/ladders/ladderFile.ts', startsWith: '"Your company\'s career ladder' },
  // The English competency names a ladder file may use, matched, never shown (the file holds nothing else).
  { file: 'src/core/ladders/competencyNames.ts', startsWith: "'" },
  // A comment written into the repository's .git/info/exclude: a file, read by git.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
  { file: 'src/core/git/gitExclude.ts', startsWith: '`${separator}# Growth Log:' },
  // The marker comment under each question of a self-review draft: read by the editor, hidden in the preview.
  { file: 'src/core/documents/selfReview/draftDocument.ts', startsWith: '`<!-- growth-log:question id=' },
  // The instructions sent to a language model, never shown: in English, which models follow best.
  { file: 'src/core/documents/prose/prosePrompt.ts', startsWith: '' },
];

function untranslated(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2023, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
        : node.text;
      const isKey = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
      // Class names are not read by anyone.
      const isClassName =
        ts.isPropertyAssignment(node.parent) && node.parent.name.getText().replace(/['"]/g, '') === 'class';
      const allowed = ALLOWED.some((entry) => file.endsWith(entry.file) && node.getText().startsWith(entry.startsWith));
      if (!isKey && !isClassName && !allowed && LOOKS_LIKE_WORDS.test(text) && !isTranslated(node)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${path.relative(REPO_ROOT, file)}:${line + 1}: ${node.getText().slice(0, 80)}`);
      }
      if (ts.isTemplateExpression(node)) for (const span of node.templateSpans) visit(span.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('localisation', function () {
  this.timeout(60_000);
  const temp = useTempDir();

  it('sends every sentence of the extension through l10n', () => {
    const files = sourceFiles(path.join(REPO_ROOT, 'src', 'extension'));
    assert.deepEqual(files.flatMap(untranslated), []);
  });

  it('sends every sentence the core shows a person through l10n', () => {
    const files = sourceFiles(path.join(REPO_ROOT, 'src', 'core'));
    assert.deepEqual(files.flatMap(untranslated), []);
  });

  it('draws the sidebar only with texts the host sent, translated', () => {
    const files = sourceFiles(path.join(REPO_ROOT, 'src', 'webview'));
    assert.ok(files.length > 3);
    assert.deepEqual(files.flatMap(untranslated), []);
  });

  it('would notice a sentence that bypasses l10n', () => {
    const file = path.join(temp(), 'example.ts');
    writeFileSync(
      file,
      [
        "vscode.window.showInformationMessage('Growth Log: nothing is logged yet.');",
        "vscode.window.showInformationMessage(vscode.l10n.t('Growth Log: nothing is logged yet.'));",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: source text that holds a template literal
        'const label = `Week of ${date}`;',
        "void vscode.commands.executeCommand('workbench.action.openSettings', 'growthLog.kinds');",
      ].join('\n'),
    );
    assert.deepEqual(
      untranslated(file).map((finding) => finding.replace(/^.*:(\d+):.*$/, '$1')),
      ['1', '3'],
    );
  });
});
