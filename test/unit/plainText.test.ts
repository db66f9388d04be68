import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { plainText } from '../../src/extension/ui/plainText';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';

/**
 * Text from a log, a setting, git or a file name reaches VS Code's notifications, quick
 * inputs, status bar and hovers. These tests hold `plainText` to making it inert there,
 * and hold the extension's source to showing text only through the functions that call
 * it — a static check, so the guarantee does not depend on a test reaching every field.
 */

/** The patterns VS Code itself uses: notifications' and quick-input prompts' links, and icons in labels. */
const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
const VSCODE_ICON = /\$\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\)/g;

describe('plain text for VS Code surfaces', () => {
  const hostile = [
    '[Repair log file](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%5Cn%22%7D)',
    '[Open](file:///etc/passwd "title")',
    '[Docs](https://example.com/x)',
    'x [a](command:a) y [b](https://b.example)',
    '$(zap) $(loading~spin) done',
    '[$(alert)](command:x)',
  ];

  for (const text of hostile) {
    it(`shows ${JSON.stringify(text)} without a link or an icon`, () => {
      const shown = plainText(text);
      assert.equal(shown.match(VSCODE_LINK), null);
      assert.equal(shown.match(VSCODE_ICON), null);
      assert.equal(shown.replace(/\u2060/g, ''), text, 'a reader sees the same characters');
    });
  }

  it('puts every kind of line break and control character out of the way', () => {
    assert.equal(
      plainText('one\ntwo\r\nthree\rfour\u2028five\u2029six\u0085seven\vend'),
      'one two three four five six seven end',
    );
    assert.equal(plainText('\u001b]52;c;aGk=\u0007clip\u009b31m\u202eevil'), ']52;c;aGk=clip31mevil');
    assert.equal(plainText('tab\tstays'), 'tab\tstays');
  });

  it('leaves ordinary text as it is', () => {
    for (const text of [
      'Paired with Sam on flaky test triage',
      'Reviewed #12 (the retry logic) — 3× faster',
      'José · 日本語 · emoji 🎉',
      '[draft] notes (v2)',
    ]) {
      assert.equal(plainText(text), text);
    }
  });
});

/** Where VS Code draws text richer than plain: only these modules may call it, and they pass everything through `plainText`. */
const SINKS = new Map<string, RegExp>([
  [
    'src/extension/ui/notifications.ts',
    /^(showInformationMessage|showWarningMessage|showErrorMessage|setStatusBarMessage)$/,
  ],
  ['src/extension/prompts.ts', /^(createQuickPick|createInputBox)$/],
]);
const RICH_TEXT_APIS =
  /^(showInformationMessage|showWarningMessage|showErrorMessage|setStatusBarMessage|showQuickPick|createQuickPick|showInputBox|createInputBox|MarkdownString|createTerminal|showTextDocument?)$/;
/** Properties of VS Code objects that are drawn with links or icons. */
const RICH_TEXT_PROPERTIES =
  /^(text|tooltip|title|description|message|placeholder|prompt|validationMessage|detail|label)$/;

function extensionSources(): string[] {
  const folder = path.join(REPO_ROOT, 'src', 'extension');
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Every expression in a template literal or call is made plain (or is Growth Log's own constant text). */
function isPlainValue(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isPlainValue(node.expression);
  if (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    node.kind === ts.SyntaxKind.UndefinedKeyword
  )
    return true;
  if (ts.isIdentifier(node) && node.text === 'undefined') return true;
  if (ts.isConditionalExpression(node)) return isPlainValue(node.whenTrue) && isPlainValue(node.whenFalse);
  if (ts.isCallExpression(node)) return /^(plainText|plainTooltip)$/.test(node.expression.getText());
  if (ts.isTemplateExpression(node)) return node.templateSpans.every((span) => isPlainValue(span.expression));
  return false;
}

function richTextProblems(file: string, text = readFileSync(path.join(REPO_ROOT, file), 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2023, true);
  const problems: string[] = [];
  const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const allowed = SINKS.get(file);
  const visit = (node: ts.Node): void => {
    const called = ts.isCallExpression(node) || ts.isNewExpression(node) ? node.expression : undefined;
    const name =
      called &&
      (ts.isPropertyAccessExpression(called) ? called.name.text : ts.isIdentifier(called) ? called.text : undefined);
    if (name && RICH_TEXT_APIS.test(name) && name !== 'showTextDocument' && !allowed?.test(name)) {
      problems.push(`${where(node)}: ${name} outside the modules that make text plain`);
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left)
    ) {
      const property = node.left.name.text;
      if (property === 'isTrusted' && node.right.kind !== ts.SyntaxKind.FalseKeyword)
        problems.push(`${where(node)}: a trusted MarkdownString`);
      if (RICH_TEXT_PROPERTIES.test(property) && !allowed && !isPlainValue(node.right)) {
        problems.push(`${where(node)}: .${property} is set to text that is not made plain`);
      }
    }
    // A progress notification's title draws links and icons too; it is set in the options object, not assigned.
    const options = ts.isCallExpression(node) && name === 'withProgress' ? node.arguments[0] : undefined;
    if (options && ts.isObjectLiteralExpression(options)) {
      for (const option of options.properties) {
        if (ts.isPropertyAssignment(option) && option.name.getText() === 'title' && !isPlainValue(option.initializer))
          problems.push(`${where(option)}: a progress title that is not made plain`);
      }
    }
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'isTrusted')
      problems.push(`${where(node)}: a trusted MarkdownString`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

describe('the extension shows text only through plainText', () => {
  it('calls no VS Code API that draws links or icons outside the modules that make text plain', () => {
    assert.deepEqual(
      extensionSources().flatMap((file) => richTextProblems(file)),
      [],
    );
  });

  it('would notice a raw notification, a raw quick pick, a raw tooltip and a trusted hover', () => {
    // The check above is only as good as its parser: a copy of it run on offending source must complain.
    const offending = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
      'vscode.window.showErrorMessage(`Bad ${moment.summary}`);',
      'const pick = vscode.window.createQuickPick();',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
      'item.tooltip = `${entry.label}`;',
      'hover.isTrusted = true;',
      'const md = new vscode.MarkdownString(text);',
      "vscode.window.withProgress({ location, title: vscode.l10n.t('{0} is writing…', model.name) }, work);",
    ];
    for (const line of offending) {
      assert.equal(richTextProblems('src/extension/offending.ts', line).length, 1, `not noticed: ${line}`);
    }
  });
});
