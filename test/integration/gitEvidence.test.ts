import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
import { runGit } from '../../src/core/git/gitRepository';
import { buildSampleRepository, REMOTE, type SampleHistory } from '../support/gitFixture';
import { buildLargeHistory } from '../support/largeGitHistory';
import {
  activateExtension,
  answerPrompts,
  readLogFileJson,
  removeLogFile,
  workspaceFolder,
  type ShownPrompt,
} from './helpers';

describe('evidence from the code and from git, in VS Code', function () {
  this.timeout(60_000);
  let api: GrowthLogTestApi;

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(removeLogFile);

  async function selectInRetryFile(start: vscode.Position, end: vscode.Position): Promise<void> {
    const document = await vscode.workspace.openTextDocument(path.join(workspaceFolder(), 'src', 'retry.ts'));
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(start, end);
  }

  async function logCodeReviewHere(summary: string): Promise<ShownPrompt[]> {
    const answered = answerPrompts(api, [{ type: summary }, { type: '' }, { pick: 'Skip' }]);
    const moment = await vscode.commands.executeCommand(COMMANDS.logCodeReviewHere);
    assert.ok(moment, 'a moment was logged');
    return answered;
  }

  it('Log Code Review Here keeps path and lines outside a git repository', async () => {
    await selectInRetryFile(new vscode.Position(1, 4), new vscode.Position(3, 2));
    const prompts = await logCodeReviewHere('Suggested capping the retries');
    assert.equal(prompts[0]?.input.title, 'Log Code Review: src/retry.ts:2-4');
    const [moment] = (await readLogFileJson()).moments;
    assert.equal(moment?.kind, 'code-review');
    assert.deepEqual(moment?.code, {
      path: 'src/retry.ts',
      startLine: 2,
      endLine: 4,
      repository: { name: path.basename(workspaceFolder()) },
    });
  });

  describe('in a real git repository', () => {
    let history: SampleHistory;

    before(async () => {
      history = await buildSampleRepository(workspaceFolder());
    });

    it('Log Code Review Here captures path, lines, commit, branch and a permalink', async () => {
      // Lines 2 to 9, selected to the start of line 10 as a mouse drag often does.
      await selectInRetryFile(new vscode.Position(1, 0), new vscode.Position(9, 0));
      await logCodeReviewHere('Review of the retry helper: cap attempts');
      const [moment] = (await readLogFileJson()).moments;
      assert.deepEqual(moment?.code, {
        path: 'src/retry.ts',
        startLine: 2,
        endLine: 9,
        commit: history.head,
        branch: 'main',
        remote: `https://github.com/acme/sample/blob/${history.head}/src/retry.ts#L2-L9`,
        repository: { remote: REMOTE, name: path.basename(workspaceFolder()) },
      });
    });

    it('Log Code Review Here names the repository by a remote without the token a clone was made with', async () => {
      await runGit(workspaceFolder(), [
        'remote',
        'set-url',
        'origin',
        'https://robin:ghp_t0kenT0ken@github.com/acme/sample.git',
      ]);
      try {
        await selectInRetryFile(new vscode.Position(1, 0), new vscode.Position(2, 0));
        await logCodeReviewHere('Reviewed through an https clone');
      } finally {
        await runGit(workspaceFolder(), ['remote', 'set-url', 'origin', REMOTE]);
      }
      const [moment] = (await readLogFileJson()).moments;
      assert.deepEqual((moment?.code as { repository?: unknown } | undefined)?.repository, {
        remote: 'https://github.com/acme/sample.git',
        name: path.basename(workspaceFolder()),
      });
      assert.doesNotMatch(JSON.stringify(await readLogFileJson()), /ghp_t0ken|robin:/);
    });

    it('Log Code Review Here with no selection takes the cursor line', async () => {
      await selectInRetryFile(new vscode.Position(4, 3), new vscode.Position(4, 3));
      await logCodeReviewHere('One line');
      const [moment] = (await readLogFileJson()).moments;
      assert.equal((moment?.code as { startLine: number } | undefined)?.startLine, 5);
      assert.equal((moment?.code as { endLine: number } | undefined)?.endLine, 5);
    });

    it('Suggest Moments from Git History logs only what the user checks, with the impacts added, linked to the commit, and never twice', async () => {
      const first = answerPrompts(api, [
        { pick: 'Last 6 months' },
        { check: ['Paired with Sam', "Reviewed Priya's change"] },
        { pick: 'Paired with Sam' },
        { type: 'Sam owns the retry helper now' },
        { pick: 'Log 2 moments' },
      ]);
      const logged = await vscode.commands.executeCommand<unknown[]>(COMMANDS.suggestFromGit);
      const prompts = await first;
      assert.equal(
        (prompts[1]?.input as vscode.QuickPick<vscode.QuickPickItem> | undefined)?.items.length,
        5,
        'five moments proposed',
      );
      assert.equal(logged?.length, 2);
      const impactStep = (prompts[2]?.input as vscode.QuickPick<vscode.QuickPickItem> | undefined)?.items ?? [];
      assert.deepEqual(
        impactStep.map((item) => item.label.replace(/^\$\([a-z-]+\) /, '')),
        ['Log 2 moments', "Reviewed Priya's change to add idempotency keys", 'Paired with Sam to fix flaky retry test'],
        'one step lists the picked moments, each open to an impact',
      );

      const moments = (await readLogFileJson()).moments;
      const pairing = moments.find((moment) => moment.commit === history.pairing);
      assert.deepEqual(
        {
          kind: pairing?.kind,
          summary: pairing?.summary,
          people: pairing?.people,
          links: pairing?.links,
          impact: pairing?.impact,
        },
        {
          kind: 'mentoring',
          summary: 'Paired with Sam to fix flaky retry test',
          people: ['Sam Lee'],
          links: [`https://github.com/acme/sample/commit/${history.pairing}`],
          impact: 'Sam owns the retry helper now',
        },
      );
      const review = moments.find((moment) => moment.commit === history.reviewedForPriya);
      assert.equal(review?.kind, 'code-review');
      assert.equal(review?.impact, undefined, 'a moment left without an impact has none');

      const second = answerPrompts(api, [{ pick: 'Last 6 months' }, 'escape']);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.suggestFromGit), undefined);
      const again = await second;
      const offered = ((again[1]?.input as vscode.QuickPick<vscode.QuickPickItem> | undefined)?.items ?? []).map(
        (item) => item.label,
      );
      assert.equal(offered.length, 3, 'the two logged commits are not proposed again');
      assert.ok(!offered.some((label) => label.includes('Sam Lee')));
      assert.equal((await readLogFileJson()).moments.length, 2, 'Escape logged nothing');
    });

    it('shows commit subjects and names from git as plain text in the suggestions: no link, no icon', async () => {
      const hostile = '$(zap) [Panel](command:workbench.action.togglePanel)';
      const file = path.join(workspaceFolder(), 'src', 'hostile.ts');
      await fs.writeFile(file, 'export {};\n');
      await runGit(workspaceFolder(), ['add', '--', 'src/hostile.ts']);
      await runGit(workspaceFolder(), [
        'commit',
        '--quiet',
        '-m',
        `${hostile}\n\nCo-authored-by: [Sam](command:workbench.action.quit) <sam@example.com>`,
      ]);
      const answered = answerPrompts(api, [{ pick: 'Last 6 months' }, 'escape']);
      await vscode.commands.executeCommand(COMMANDS.suggestFromGit);
      const pick = (await answered)[1]?.input as vscode.QuickPick<vscode.QuickPickItem> | undefined;
      const item = pick?.items.find((candidate) => candidate.label.includes('Panel'));
      assert.ok(item, 'the hostile commit is suggested');
      const shown = [
        pick?.title,
        pick?.placeholder,
        ...(pick?.items ?? []).flatMap((candidate) => [
          candidate.label.replace(/^\$\([a-z-]+\) /, ''),
          candidate.description,
          candidate.detail,
        ]),
      ];
      for (const text of shown) {
        assert.doesNotMatch(text ?? '', VSCODE_LINK, 'no link');
        assert.doesNotMatch(text ?? '', VSCODE_ICON, 'no icon');
      }
      assert.equal(
        item.label.replace(/\u2060/g, '').replace(/^\$\([a-z-]+\) /, ''),
        `Paired with [Sam](command:workbench.action.quit) to ${hostile}`,
      );
    });
  });
});

describe("Suggest Moments from Git History on a maintainer's history, in VS Code", function () {
  this.timeout(120_000);
  let api: GrowthLogTestApi;
  const gitFolder = () => path.join(workspaceFolder(), '.git');
  const setAside = () => path.join(workspaceFolder(), '.git-set-aside');

  before(async () => {
    api = await activateExtension();
    // The workspace's own repository is set aside for a history of hundreds of merges.
    await fs.rename(gitFolder(), setAside()).catch(() => undefined);
    await buildLargeHistory(workspaceFolder(), { merges: 300, people: 90, weeks: 20 });
  });

  after(async () => {
    await fs.rm(gitFolder(), { recursive: true, force: true });
    await fs.rename(setAside(), gitFolder()).catch(() => undefined);
  });

  beforeEach(removeLogFile);

  it('groups 300 merges into rows that fit a screen or two, and logs a group as one moment linking every commit', async () => {
    const answered = answerPrompts(api, [
      { pick: 'Last 6 months' },
      { pick: 'Week of' },
      { check: ['as one moment'] },
      { pick: 'Log the 1 moment picked' },
      { pick: 'Log 1 moment' },
    ]);
    const logged = await vscode.commands.executeCommand<unknown[]>(COMMANDS.suggestFromGit);
    const prompts = await answered;
    const groups = (prompts[1]?.input as vscode.QuickPick<vscode.QuickPickItem> | undefined)?.items ?? [];
    assert.ok(groups.length <= 42, `${groups.length} rows`);
    assert.ok(groups.filter((item) => item.label.includes('Week of')).length >= 20, 'a row per week');
    const inGroup = (prompts[2]?.input as vscode.QuickPick<vscode.QuickPickItem> | undefined)?.items ?? [];
    const size = inGroup.length - 1;
    assert.ok(size >= 1, 'the group opens on its merges, one by one');
    assert.equal(logged?.length, 1);
    const [moment] = (await readLogFileJson()).moments;
    assert.equal(moment?.kind, 'code-review');
    assert.match(String(moment?.summary), new RegExp(`^Reviewed ${size} changes from Person\\d+, `));
    assert.equal((moment?.links as string[] | undefined)?.length, size, 'every commit of the group is linked');
  });

  it('logs nothing when the read is cancelled', async () => {
    const cancel = new vscode.CancellationTokenSource();
    const answered = answerPrompts(api, [{ pick: 'Last 6 months' }]);
    // Cancelled as the period is asked, so the read that follows starts cancelled: no race with git.
    const cancelling = api.prompts.onDidShow(() => cancel.cancel());
    const result = await vscode.commands.executeCommand(COMMANDS.suggestFromGit, { cancellation: cancel.token });
    await answered;
    cancelling.dispose();
    assert.equal(result, undefined);
    assert.equal(
      await readLogFileJson().then(
        () => 'written',
        () => 'none',
      ),
      'none',
      'no log was written',
    );
  });

  it('adds the reviews of a file exported with gh, once per pull request', async () => {
    const file = path.join(workspaceFolder(), 'reviews.json');
    const review = (number: number) => ({
      number,
      title: `Change number ${number}`,
      url: `https://github.com/acme/sample/pull/${number}`,
      repository: { name: 'sample', nameWithOwner: 'acme/sample' },
      author: { login: 'p1' },
      closedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    });
    await fs.writeFile(file, JSON.stringify([review(300), review(1000)]));
    try {
      const answered = answerPrompts(api, [{ pick: 'Last 6 months' }, { pick: 'Week of' }, 'escape', 'escape']);
      await vscode.commands.executeCommand(COMMANDS.suggestFromReviewHistory, vscode.Uri.file(file));
      const list = (await answered)[2]?.input as vscode.QuickPick<vscode.QuickPickItem> | undefined;
      const labels = (list?.items ?? []).map((item) => item.label);
      assert.equal(labels.filter((label) => label.includes('(#300)')).length, 1, `#300 once in ${labels.join(' | ')}`);
      assert.ok(labels.some((label) => label.includes("Reviewed p1's change to change number 1000 (#1000)")));
    } finally {
      await fs.rm(file, { force: true });
    }
  });
});

/** The patterns VS Code draws as a link (in prompts and notifications) and as an icon (in labels). */
const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)\)/i;
const VSCODE_ICON = /\$\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\)/;
