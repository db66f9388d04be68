import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { momentRef } from '../../src/core/documents/citation';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS, SETTINGS_SECTION } from '../../src/extension/ids';
import {
  activateExtension,
  answerPrompts,
  type ShownPrompt,
  logFilePath,
  removeLogFile,
  settle,
  workspaceFolder,
} from './helpers';

/** A moment of today, with an id whose ref is its first eight characters. */
function moment(id: string, kind: string, summary: string, impact?: string) {
  return { id, kind, at: new Date().toISOString(), summary, ...(impact && { impact }) };
}

const MENTORING = moment('3f9a2c1b-0000-4000-8000-000000000001', 'mentoring', 'Paired with Sam', 'Sam owns CI');
const DECISION = moment('9b1c2d3e-0000-4000-8000-000000000002', 'decision', 'Chose Postgres for billing');

/** A draft as the renderer writes it, one question with a limit and one without. */
function draftText(limit: number | 'none' = 1500): string {
  return [
    '# Self-review draft: Self-review',
    '',
    '## What impact did you have?',
    '',
    `<!-- growth-log:question id="impact" limit="${limit}" -->`,
    '',
    `- Sam owns CI — Paired with **Sam** (2026-11-23, Mentoring, ref ${momentRef(MENTORING.id)})`,
    `- Chose Postgres for billing (2026-11-20, Decision, ref ${momentRef(DECISION.id)})`,
    '',
    '## What next?',
    '',
    '<!-- growth-log:question id="next" limit="none" -->',
    '',
  ].join('\n');
}

describe('self-review draft in VS Code', () => {
  let api: GrowthLogTestApi;

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(async () => {
    await removeLogFile();
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments: [MENTORING, DECISION] }, null, 2));
    while (vscode.window.activeTextEditor) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  after(async () => {
    await vscode.workspace.getConfiguration(SETTINGS_SECTION).update('reviewForms', undefined);
    await fs.rm(path.join(workspaceFolder(), '.vscode', 'drafts'), { recursive: true, force: true });
  });

  let drafts = 0;
  /**
   * Opens `content` as a Markdown file of its own: an untitled document closed a moment ago
   * can come back under the same name with its old text, which would mix tests up.
   */
  async function openMarkdown(content: string): Promise<vscode.TextDocument> {
    const file = path.join(workspaceFolder(), '.vscode', 'drafts', `draft-${++drafts}.md`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    return document;
  }

  /** Growth Log's own links in `document`: those that run its command (Markdown's own provider adds others). */
  async function citationLinks(document: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>(
      'vscode.executeLinkProvider',
      document.uri,
    );
    return links.filter((link) => link.target?.scheme === 'command' && link.target.path === COMMANDS.openCitedMoment);
  }

  function itemLabels(prompt: ShownPrompt | undefined): string[] {
    return ((prompt?.input as vscode.QuickPick<vscode.QuickPickItem> | undefined)?.items ?? []).map(
      (item) => item.label,
    );
  }

  async function lensesOf(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    return vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
  }

  it('links each citation of a moment of the log, and no ref the log does not have', async () => {
    const document = await openMarkdown(
      [
        `Known: (2026-11-23, Mentoring, ref ${momentRef(MENTORING.id)})`,
        'Unknown: (2026-11-23, Mentoring, ref deadbeef)',
        '[Run](command:workbench.action.terminal.new)',
      ].join('\n'),
    );
    const links = await citationLinks(document);
    assert.equal(links.length, 1, 'one link, for the ref the log has');
    const [link] = links;
    assert.ok(link?.target);
    assert.equal(document.getText(link.range), `(2026-11-23, Mentoring, ref ${momentRef(MENTORING.id)})`);
    assert.equal(link.target.path, COMMANDS.openCitedMoment);
    assert.deepEqual(JSON.parse(decodeURIComponent(link.target.query)), [momentRef(MENTORING.id)]);
  });

  it("the link's command shows the moment in the log file, selected", async () => {
    const document = await openMarkdown(draftText());
    const link = (await citationLinks(document)).find((candidate) =>
      document.getText(candidate.range).includes('Decision'),
    );
    assert.ok(link?.target);
    const args = JSON.parse(decodeURIComponent(link.target.query)) as unknown[];
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>(link.target.path, ...args);
    assert.equal(editor?.document.uri.fsPath, logFilePath());
    assert.equal(vscode.window.activeTextEditor, editor, 'the log is shown');
    assert.deepEqual(JSON.parse(editor?.document.getText(editor.selection) ?? ''), DECISION);
  });

  it('opens nothing for an argument that is not a ref', async () => {
    const draft = await openMarkdown(draftText());
    for (const argument of ['../../etc/passwd', { ref: 'x' }, 'abcdefghijk', undefined]) {
      assert.equal(await vscode.commands.executeCommand(COMMANDS.openCitedMoment, argument), undefined);
    }
    assert.equal(vscode.window.activeTextEditor?.document, draft, 'nothing else was opened');
  });

  it('counts each answer against its limit above its heading, and follows the typing', async () => {
    const document = await openMarkdown(draftText());
    const titles = async () => (await lensesOf(document)).map((lens) => [lens.range.start.line, lens.command?.title]);
    const bullets = [
      `• Sam owns CI — Paired with Sam (2026-11-23, Mentoring, ref ${momentRef(MENTORING.id)})`,
      `• Chose Postgres for billing (2026-11-20, Decision, ref ${momentRef(DECISION.id)})`,
    ].join('\n');
    assert.deepEqual(await titles(), [
      [2, `${bullets.length} / 1,500 characters`],
      [2, '$(copy) Copy Answer'],
      [9, '0 characters'],
      [9, '$(copy) Copy Answer'],
    ]);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(12, 0), 'Grow the team.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal((await titles())[2]?.[1], '14 characters');
  });

  it('keeps the counts and links of an untitled draft VS Code brings back as plain text', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: draftText() });
    await vscode.window.showTextDocument(document);
    assert.equal(document.uri.scheme, 'untitled');
    const lenses = await lensesOf(document);
    assert.ok(
      lenses.some((lens) => lens.command?.title.includes('/ 1,500 characters')),
      lenses.map((lens) => lens.command?.title).join(', '),
    );
    assert.equal((await citationLinks(document)).length, 2);
  });

  it('says how far over the limit an answer is', async () => {
    const document = await openMarkdown(draftText(50));
    const [count] = await lensesOf(document);
    assert.match(count?.command?.title ?? '', /^\$\(warning\) \d+ \/ 50 characters, \d+ over the limit$/);
  });

  it('Copy Answer puts the plain text on the clipboard, cut at a whole line within the limit', async () => {
    const plainFirst = `• Sam owns CI — Paired with Sam (2026-11-23, Mentoring, ref ${momentRef(MENTORING.id)})`;
    for (const [limit, expected] of [
      [1500, `${plainFirst}\n• Chose Postgres for billing (2026-11-20, Decision, ref ${momentRef(DECISION.id)})`],
      [plainFirst.length + 5, plainFirst],
    ] as const) {
      await vscode.env.clipboard.writeText('');
      const document = await openMarkdown(draftText(limit));
      const copy = (await lensesOf(document)).find((lens) => lens.command?.command === COMMANDS.copyAnswer);
      assert.ok(copy?.command);
      await vscode.commands.executeCommand(copy.command.command, ...(copy.command.arguments ?? []));
      assert.equal(await vscode.env.clipboard.readText(), expected);
    }
  });

  it('Copy Answer from the palette copies the question the cursor is in', async () => {
    const document = await openMarkdown(`${draftText()}Hire a **second** SRE.\n`);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    editor.selection = new vscode.Selection(document.lineCount - 2, 0, document.lineCount - 2, 0);
    await vscode.commands.executeCommand(COMMANDS.copyAnswer);
    assert.equal(await vscode.env.clipboard.readText(), 'Hire a second SRE.');
  });

  it('Draft Self-Review… asks for a form and a period and opens the draft, citing the moments', async () => {
    const answered = answerPrompts(api, [{ pick: 'Self-review' }, { pick: 'This year' }]);
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(COMMANDS.draftSelfReview);
    await answered;
    assert.ok(document);
    assert.equal(document.languageId, 'markdown');
    assert.equal(vscode.window.activeTextEditor?.document, document);
    const text = document.getText();
    assert.match(text, /^# Self-review draft: Self-review\n/);
    assert.match(text, new RegExp(`ref ${momentRef(MENTORING.id)}\\)`));
    assert.match(text, /<!-- growth-log:question id="impact" limit="\d+" -->/);
    assert.ok((await citationLinks(document)).length >= 2, 'its citations are links');
  });

  it('offers the forms of growthLog.reviewForms beside the built-in ones, and the built-in ones when that file is bad', async () => {
    const formsFile = path.join(workspaceFolder(), '.vscode', 'review-forms.json');
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    await config.update('reviewForms', '.vscode/review-forms.json');
    await fs.writeFile(
      formsFile,
      JSON.stringify({ name: 'Acme mid-year', questions: [{ id: 'wins', text: 'Your wins', limit: 300 }] }),
    );
    let answered = answerPrompts(api, [{ pick: 'Acme mid-year' }, { pick: 'This year' }]);
    let document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(COMMANDS.draftSelfReview);
    const [formPick] = await answered;
    const labels = itemLabels(formPick);
    assert.ok(labels.includes('Self-review') && labels.includes('Acme mid-year'), labels.join(', '));
    assert.match(document?.getText() ?? '', /## Your wins\n\n<!-- growth-log:question id="wins" limit="300" -->/);

    await fs.writeFile(formsFile, JSON.stringify({ name: 'Broken', questions: [{ id: 'x' }] }));
    answered = answerPrompts(api, [{ pick: 'Self-review' }, { pick: 'This year' }]);
    document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(COMMANDS.draftSelfReview);
    const [brokenPick] = await answered;
    const offered = itemLabels(brokenPick);
    assert.ok(offered.includes('Self-review') && !offered.includes('Broken'), offered.join(', '));
    assert.match(document?.getText() ?? '', /^# Self-review draft: Self-review/);
    await settle();
  });
});
