import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { keepOutOfGit } from '../../src/core/git/gitExclude';
import { runGit } from '../../src/core/git/gitRepository';
import { armRepository } from '../support/hostileGitConfig';
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
    assert.equal(
      (await runGit(tempDir(), ['status', '--porcelain', '--untracked-files=all'])).trim(),
      '',
      'git no longer sees the log',
    );
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

  /** What `git status` lists as untracked, every file on its own, names as they are. */
  async function untrackedFiles(folder: string): Promise<string[]> {
    const output = await runGit(folder, ['status', '--porcelain', '-z', '--untracked-files=all']);
    return output
      .split('\0')
      .filter(Boolean)
      .map((entry) => entry.replace(/^\?\? /, ''))
      .sort();
  }

  /** Names a careless pattern for one of the hostile names would also match. */
  const LOOKALIKES = [
    'notes.json',
    'log.json',
    'aXb.json',
    'ab.json',
    'x.json',
    'backslash.json',
    'back/slash.json',
    'trailing space.json',
    'README.md',
    'top.json',
  ];

  async function repositoryWith(files: readonly string[]): Promise<void> {
    await runGit(tempDir(), ['init', '--quiet']);
    for (const file of files) {
      await fs.mkdir(path.dirname(path.join(tempDir(), file)), { recursive: true });
      await fs.writeFile(path.join(tempDir(), file), '{}\n');
    }
  }

  for (const name of [
    '#notes.json',
    '!log.json',
    'a*b.json',
    'a?b.json',
    '[x].json',
    'back\\slash.json',
    'trailing space .json',
    'trailing space.json ',
    ':top.json',
  ]) {
    it(`keeps ${JSON.stringify(name)} out of git, and no other file`, async () => {
      await repositoryWith([name, ...LOOKALIKES]);
      assert.equal(await keepOutOfGit(path.join(tempDir(), name)), 'excluded');
      assert.deepEqual(await untrackedFiles(tempDir()), [...LOOKALIKES].sort());
      assert.equal(await keepOutOfGit(path.join(tempDir(), name)), 'already-ignored');
    });
  }

  it('refuses a name with a line break rather than write it as two patterns', async () => {
    const name = 'log\nREADME.md';
    await repositoryWith([name, ...LOOKALIKES]);
    await assert.rejects(keepOutOfGit(path.join(tempDir(), name)), /line break/);
    assert.deepEqual(await untrackedFiles(tempDir()), [name, ...LOOKALIKES].sort());
  });

  it('says the log is kept out of git only once git confirms it', async () => {
    await repositoryWithLog();
    // A shared .gitignore outranks .git/info/exclude, and this one brings the log back.
    await fs.writeFile(path.join(tempDir(), '.gitignore'), '!growth-log.json\n');
    await assert.rejects(keepOutOfGit(log()), /does not confirm/);
    const exclude = await fs.readFile(path.join(tempDir(), '.git', 'info', 'exclude'), 'utf8');
    await assert.rejects(keepOutOfGit(log()), /does not confirm/);
    assert.equal(
      await fs.readFile(path.join(tempDir(), '.git', 'info', 'exclude'), 'utf8'),
      exclude,
      'the pattern is written once',
    );
  });

  it('runs none of the programs a repository config names', async function () {
    if (process.platform === 'win32') this.skip();
    await repositoryWithLog();
    const hostile = await armRepository(tempDir());
    assert.equal(await keepOutOfGit(log()), 'excluded');
    await runGit(tempDir(), ['add', '--force', '--', '.vscode/growth-log.json']);
    assert.equal(await keepOutOfGit(log()), 'tracked');
    assert.equal(await hostile.ran(), false);
  });
});
