import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { runGit } from '../../src/core/git/gitRepository';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
import { eventually } from '../support/eventually';
import { activateExtension, answerPrompts, logFilePath, removeLogFile, workspaceFolder } from './helpers';

describe('keeping the log out of git, in VS Code', function () {
  this.timeout(60_000);
  let api: GrowthLogTestApi;
  const exclude = () => path.join(workspaceFolder(), '.git', 'info', 'exclude');
  const git = (...args: string[]) => runGit(workspaceFolder(), args).then((out) => out.trim());

  before(async () => {
    api = await activateExtension();
    if (!(await fs.stat(path.join(workspaceFolder(), '.git')).catch(() => undefined))) await git('init', '--quiet');
  });

  beforeEach(async () => {
    await removeLogFile();
    // Start from a log git does not know (an earlier suite may have committed one).
    await git('rm', '--cached', '--quiet', '--ignore-unmatch', '--', '.vscode/growth-log.json');
    await git(
      '-c',
      'user.name=Test',
      '-c',
      'user.email=test@example.com',
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      'Stop tracking the log',
    );
    await fs.writeFile(exclude(), '');
  });

  async function logOne(): Promise<void> {
    const answered = answerPrompts(api, [{ type: 'Coffee with @Jo about the reorg' }, { type: '' }, { pick: 'Skip' }]);
    assert.ok(await vscode.commands.executeCommand(COMMANDS.logMentoring));
    await answered;
    await api.gitPrivacy.settled();
  }

  it('adds the log to .git/info/exclude on the first write, so git never sees it', async () => {
    await logOne();
    assert.equal(api.gitPrivacy.outcomes.get(logFilePath()), 'excluded');
    assert.match(await fs.readFile(exclude(), 'utf8'), /^\/\.vscode\/growth-log\.json$/m);
    assert.equal(await git('status', '--porcelain', '--untracked-files=all', '--', '.vscode/growth-log.json'), '');
    await assert.rejects(
      fs.stat(path.join(workspaceFolder(), '.gitignore')),
      /ENOENT/,
      'the shared .gitignore is not touched',
    );
  });

  it('leaves git alone when the log is already tracked', async () => {
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    await fs.writeFile(logFilePath(), '{"version": 1, "moments": []}\n');
    await git('add', '--force', '--', '.vscode/growth-log.json');
    await logOne();
    assert.equal(api.gitPrivacy.outcomes.get(logFilePath()), 'tracked');
    assert.equal(await fs.readFile(exclude(), 'utf8'), '');
  });

  it('does not claim the log is kept out of git when git says otherwise', async () => {
    // A `!` rule in the shared .gitignore outranks .git/info/exclude.
    const gitignore = path.join(workspaceFolder(), '.gitignore');
    await fs.writeFile(gitignore, '!/.vscode/growth-log.json\n');
    try {
      api.gitPrivacy.outcomes.clear();
      await logOne();
      assert.equal(
        api.gitPrivacy.outcomes.has(logFilePath()),
        false,
        'no outcome: the exclusion could not be confirmed',
      );
      assert.notEqual(
        await git('status', '--porcelain', '--untracked-files=all', '--', '.vscode/growth-log.json'),
        '',
        'git does see the log',
      );
    } finally {
      await fs.rm(gitignore, { force: true });
    }
  });

  it('does nothing when growthLog.keepOutOfGit is off', async () => {
    const config = vscode.workspace.getConfiguration('growthLog');
    await config.update('keepOutOfGit', false, vscode.ConfigurationTarget.Workspace);
    try {
      api.gitPrivacy.outcomes.clear();
      await logOne();
      assert.equal(api.gitPrivacy.outcomes.has(logFilePath()), false);
      assert.equal(await fs.readFile(exclude(), 'utf8'), '');
    } finally {
      await config.update('keepOutOfGit', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  describe('the brag documents it saves', () => {
    const vscodeFolder = () => path.dirname(logFilePath());
    const savedDocuments = async () =>
      (await fs.readdir(vscodeFolder())).filter((name) => /^brag-.+\.md$/.test(name)).map((name) => `.vscode/${name}`);

    beforeEach(async () => {
      await fs.mkdir(vscodeFolder(), { recursive: true });
      for (const document of await savedDocuments()) await fs.rm(path.join(workspaceFolder(), document));
      // Written directly, so the log's own check does not run: the exclude file holds only what the save adds.
      await fs.writeFile(
        logFilePath(),
        JSON.stringify({
          version: 1,
          moments: [{ id: 'd1', kind: 'mentoring', at: new Date().toISOString(), summary: 'Coached @Jo on the rota' }],
        }),
      );
      await vscode.commands.executeCommand('notifications.clearAll');
    });

    /** Export Brag Document… for this year, then its notification's first button, Save Next to Log. */
    async function saveNextToLog(): Promise<string> {
      const answered = answerPrompts(api, [{ pick: 'This year' }]);
      assert.ok(await vscode.commands.executeCommand(COMMANDS.exportBragDocument));
      await answered;
      const [saved] = await eventually(async () => {
        await vscode.commands.executeCommand('notification.acceptPrimaryAction');
        const documents = await savedDocuments();
        assert.equal(documents.length, 1, 'the brag document was saved beside the log');
        return documents;
      });
      assert.ok(saved);
      await api.gitPrivacy.settled();
      // The saved file takes the untitled one's place once git is done; then both can close.
      await eventually(() =>
        assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, path.join(workspaceFolder(), saved)),
      );
      while (vscode.window.activeTextEditor)
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      return saved;
    }

    it('adds one anchored pattern for the document saved next to the log, and git confirms it ignores it', async () => {
      const saved = await saveNextToLog();
      assert.equal(api.gitPrivacy.outcomes.get(path.join(workspaceFolder(), saved)), 'excluded');
      assert.deepEqual(
        (await fs.readFile(exclude(), 'utf8')).split('\n').filter((line) => !line.startsWith('#') && line !== ''),
        [`/${saved}`],
      );
      assert.equal(await git('check-ignore', '--no-index', '--', saved), saved);
    });

    it('adds nothing when growthLog.keepOutOfGit is off', async () => {
      const config = vscode.workspace.getConfiguration('growthLog');
      await config.update('keepOutOfGit', false, vscode.ConfigurationTarget.Workspace);
      try {
        api.gitPrivacy.outcomes.clear();
        const saved = await saveNextToLog();
        assert.equal(api.gitPrivacy.outcomes.has(path.join(workspaceFolder(), saved)), false);
        assert.equal(await fs.readFile(exclude(), 'utf8'), '');
      } finally {
        await config.update('keepOutOfGit', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });

    it('leaves a document git already tracks alone', async () => {
      const document = path.join(vscodeFolder(), 'brag-tracked.md');
      await fs.writeFile(document, '# Brag document\n');
      await git('add', '--force', '--', '.vscode/brag-tracked.md');
      try {
        await api.gitPrivacy.keepDocumentOutOfGit(document);
        assert.equal(api.gitPrivacy.outcomes.get(document), 'tracked');
        assert.equal(await fs.readFile(exclude(), 'utf8'), '');
      } finally {
        await git('rm', '--cached', '--quiet', '--', '.vscode/brag-tracked.md');
        await fs.rm(document, { force: true });
      }
    });
  });
});
