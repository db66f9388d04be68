import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { keepOutOfGit } from '../../src/core/gitExclude';
import { runGit } from '../../src/core/gitRepository';
import { useTempDir } from '../support/tempDir';

describe('keeping the log out of git', function () {
  this.timeout(20_000);
  const tempDir = useTempDir();
  const log = () => path.join(tempDir(), '.vscode', 'growth-log.json');

  async function repositoryWithLog(): Promise<void> {
    await runGit(tempDir(), ['init', '--quiet']);
    await fs.mkdir(path.dirname(log()), { recursive: true });
    await fs.writeFile(log(), '{"version": 1, "moments": []}\n');
  }

  it('adds the log to .git/info/exclude, not to .gitignore, once', async () => {
    await repositoryWithLog();
    assert.equal(await keepOutOfGit(log()), 'excluded');
    const exclude = await fs.readFile(path.join(tempDir(), '.git', 'info', 'exclude'), 'utf8');
    assert.match(exclude, /^\/\.vscode\/growth-log\.json$/m);
    assert.equal((await runGit(tempDir(), ['status', '--porcelain', '--untracked-files=all'])).trim(), '', 'git no longer sees the log');
    await assert.rejects(fs.stat(path.join(tempDir(), '.gitignore')), /ENOENT/);
    assert.equal(await keepOutOfGit(log()), 'already-ignored');
    const again = await fs.readFile(path.join(tempDir(), '.git', 'info', 'exclude'), 'utf8');
    assert.equal(again, exclude, 'no second line');
  });

  it('leaves a tracked log alone and says so', async () => {
    await repositoryWithLog();
    await runGit(tempDir(), ['add', '--', '.vscode/growth-log.json']);
    const before = await fs.readFile(path.join(tempDir(), '.git', 'info', 'exclude'), 'utf8').catch(() => '');
    assert.equal(await keepOutOfGit(log()), 'tracked');
    assert.equal(await fs.readFile(path.join(tempDir(), '.git', 'info', 'exclude'), 'utf8').catch(() => ''), before);
  });

  it('does nothing outside a repository', async () => {
    await fs.mkdir(path.dirname(log()), { recursive: true });
    assert.equal(await keepOutOfGit(log()), 'no-repository');
  });
});
