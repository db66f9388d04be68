import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { momentRef } from '../../src/core/documents/citation';
import { proseRequest } from '../../src/core/documents/prose/proseRequest';
import { parseDraftQuestions } from '../../src/core/documents/selfReview/draftAnswers';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
import type { ProseResult } from '../../src/extension/selfReview/draftWithLanguageModel';
import { writeProse } from '../../src/extension/selfReview/draftWithLanguageModel';
import { TEST_MODEL_PROVIDER_ID } from '../../scripts/lib/testModelProvider';
import { eventually } from '../support/eventually';
import { activateExtension, answerPrompts, logFilePath, removeLogFile, workspaceFolder } from './helpers';

/** The test-only provider installed beside Growth Log (test/fixtures/language-model-provider). */
const PROVIDER_ID = TEST_MODEL_PROVIDER_ID;
const VENDOR = 'growth-log-test';

interface ScriptedProvider {
  setScript(script: {
    available?: boolean;
    chunks?: string[];
    delayMs?: number;
    fail?: string;
    refuse?: 'Blocked' | 'NoPermissions' | 'NotFound';
    models?: number;
  }): void;
  requests(): { model: string; messages: { role: number; text: string }[]; cancelledAfter?: number }[];
  clearRequests(): void;
}

const MENTORING = {
  id: '3f9a2c1b-0000-4000-8000-000000000001',
  kind: 'mentoring',
  at: '2026-11-23T15:00:00.000Z',
  summary: 'Paired with Sam on flaky test triage',
  impact: 'Sam now owns the CI dashboard',
  people: ['Sam'],
  notes: 'PRIVATE-NOTE about the promotion',
  energy: 'drained',
  tags: ['PRIVATE-TAG'],
  code: { path: 'src/PRIVATE-PATH/retry.ts', startLine: 1, endLine: 2 },
  links: ['https://forge.example/PRIVATE-LINK/1'],
};
const SAM = `(2026-11-23, Mentoring, ref ${momentRef(MENTORING.id)})`;
const DRAFT = [
  '# Self-review draft: Mid-year',
  '',
  '## Who did you help grow?',
  '',
  '<!-- growth-log:question id="people" limit="600" -->',
  '',
  `- Sam now owns the CI dashboard — paired with Sam on flaky test triage ${SAM}`,
  '',
].join('\n');

/** The scripted answer: a cited sentence, an uncited one, an unknown ref and hostile Markdown. */
const ANSWER = [
  '=== people ===\n',
  `I paired with Sam on flaky test triage, and Sam now owns the CI dashboard ${SAM}. `,
  'I am the best mentor the team has had. ',
  'I also rewrote billing (2026-11-02, Decision, ref 0badf00d). ',
  `[Click](command:growthLog.deleteMoment) <img src=x onerror=alert(1)> ${SAM}.\n`,
];

describe('drafting with a language model in VS Code', () => {
  let api: GrowthLogTestApi;
  let provider: ScriptedProvider;
  const output = vscode.window.createOutputChannel('Growth Log language model tests', { log: true });

  before(async () => {
    api = await activateExtension();
    const extension = vscode.extensions.getExtension<ScriptedProvider>(PROVIDER_ID);
    assert.ok(extension, `${PROVIDER_ID} is installed beside Growth Log for these tests`);
    provider = await extension.activate();
  });

  beforeEach(async () => {
    provider.setScript({ chunks: ANSWER });
    provider.clearRequests();
    await removeLogFile();
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments: [MENTORING] }, null, 2));
    while (vscode.window.activeTextEditor) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  after(() => {
    provider.setScript({});
    output.dispose();
  });

  let drafts = 0;
  async function openDraft(content = DRAFT): Promise<vscode.TextDocument> {
    const file = path.join(workspaceFolder(), '.vscode', 'drafts', `prose-${++drafts}.md`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    return document;
  }

  async function scriptedModel(): Promise<vscode.LanguageModelChat> {
    return eventually(async () => {
      const [model] = await vscode.lm.selectChatModels({ vendor: VENDOR });
      assert.ok(model, 'the scripted model is available');
      return model;
    });
  }

  function sentText(): string {
    return provider
      .requests()
      .flatMap((request) => request.messages.map((message) => message.text))
      .join('\n');
  }

  it('sends the cited moment’s facts and none of its private fields, and writes the checked prose with its marks', async () => {
    const model = await scriptedModel();
    const request = proseRequest(DRAFT, [MENTORING as never], new KindCatalogue());
    const result = await writeProse({ output }, model, request, 'Draft with a Language Model');

    assert.equal(result.outcome, 'written');
    assert.equal(provider.requests().length, 1);
    const sent = sentText();
    assert.match(sent, /Paired with Sam on flaky test triage/);
    assert.match(sent, /"limit": 600/);
    for (const secret of ['PRIVATE-NOTE', 'drained', 'PRIVATE-TAG', 'PRIVATE-PATH', 'PRIVATE-LINK', MENTORING.id]) {
      assert.ok(!sent.includes(secret), `${secret} was sent`);
    }

    const text = result.document?.getText() ?? '';
    assert.match(text, /I am the best mentor the team has had\. \*\*⚠ 1 — cites no moment\*\*/);
    assert.match(text, /⚠ 2 — cites ref 0badf00d, which was not sent/);
    assert.match(text, /\\\[Click\\\]\(command:growthLog\.deleteMoment\)/, 'the command link is text');
    assert.match(text, /\\<img src=x/, 'the HTML is text');
    assert.match(text, /## To check/);
    assert.deepEqual(
      parseDraftQuestions(text).map((question) => question.id),
      ['people'],
      'the result keeps the draft’s markers, so its counts and Copy Answer work',
    );
  });

  it('stops when cancelled in the middle of the answer, keeps what arrived, and the draft is untouched', async () => {
    const draft = await openDraft();
    provider.setScript({ chunks: ANSWER.flatMap((chunk) => [chunk, '']), delayMs: 400 });
    const model = await scriptedModel();
    const request = proseRequest(DRAFT, [MENTORING as never], new KindCatalogue());
    const cancel = new vscode.CancellationTokenSource();
    setTimeout(() => cancel.cancel(), 1500);
    const result = await writeProse({ output }, model, request, 'Draft with a Language Model', cancel.token);

    assert.equal(result.outcome, 'cancelled');
    const [recorded] = provider.requests();
    assert.ok(recorded?.cancelledAfter !== undefined, 'the provider saw the cancellation');
    assert.ok(recorded.cancelledAfter < ANSWER.length * 2, 'it stopped before the end of its script');
    assert.doesNotMatch(result.document?.getText() ?? '', /0badf00d/, 'nothing after the cancellation was written');
    assert.equal(draft.getText(), DRAFT);
  });

  it('says the model failed in one sentence, and opens nothing', async () => {
    provider.setScript({ fail: 'the scripted model is out of order' });
    const model = await scriptedModel();
    const request = proseRequest(DRAFT, [MENTORING as never], new KindCatalogue());
    const result = await writeProse({ output }, model, request, 'Draft with a Language Model');
    assert.equal(result.outcome, 'failed');
    assert.equal(result.document, undefined);
  });

  it('tells a refusal (a quota, a permission) from a failure', async () => {
    const model = await scriptedModel();
    const request = proseRequest(DRAFT, [MENTORING as never], new KindCatalogue());
    for (const [refuse, outcome] of [
      ['Blocked', 'refused'],
      ['NoPermissions', 'refused'],
      ['NotFound', 'failed'],
    ] as const) {
      provider.setScript({ refuse });
      const result = await writeProse({ output }, model, request, 'Draft with a Language Model');
      assert.equal(result.outcome, outcome, refuse);
      assert.equal(result.document, undefined, refuse);
    }
  });

  it('with no model in VS Code, says so and sends nothing', async () => {
    provider.setScript({ available: false });
    await eventually(async () => assert.equal((await vscode.lm.selectChatModels({ vendor: VENDOR })).length, 0));
    const draft = await openDraft();
    const result = await vscode.commands.executeCommand<ProseResult>(COMMANDS.draftWithLanguageModel);
    assert.equal(result.outcome, 'noModel');
    assert.equal(provider.requests().length, 0);
    assert.equal(draft.getText(), DRAFT);
  });

  it('without a self-review draft in the editor, says what to open and sends nothing', async () => {
    const file = path.join(workspaceFolder(), '.vscode', 'drafts', 'notes.md');
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, '# Notes\n\nNo questions here.\n');
    await vscode.window.showTextDocument(vscode.Uri.file(file));
    const result = await vscode.commands.executeCommand<ProseResult>(COMMANDS.draftWithLanguageModel);
    assert.equal(result.outcome, 'noDraft');
    assert.equal(provider.requests().length, 0);
  });

  it('sends nothing when the user backs out of choosing a model', async () => {
    provider.setScript({ chunks: ANSWER, models: 2 });
    await eventually(async () => assert.equal((await vscode.lm.selectChatModels({ vendor: VENDOR })).length, 2));
    await openDraft();
    const answered = answerPrompts(api, ['escape']);
    const result = await vscode.commands.executeCommand<ProseResult>(COMMANDS.draftWithLanguageModel);
    await answered;
    assert.equal(result.outcome, 'declined');
    assert.equal(provider.requests().length, 0);
  });
});
