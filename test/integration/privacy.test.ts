import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { runGit } from '../../src/core/git/gitRepository';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
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
});
