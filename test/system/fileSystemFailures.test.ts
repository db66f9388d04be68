import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, promises as fs, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LogStore } from '../../src/core/storage/logStore';
import { assertCliBuilt, assertFileProblem, cli, startCli, type CliResult } from '../support/cli';
import { momentAt } from '../support/moments';
import { useTempDir } from '../support/tempDir';

/**
 * What the operating system can do to the command line's files: a full disk, a read-only
 * disk, missing folders, a folder where a file should be, symbolic link loops, names too
 * long, JSON nested deeper than the stack. Each time: exit code 2, one line naming the
 * file and the cause, no stack trace, and every file exactly as it was, with no temporary
 * or lock file left behind. The disks are real: small tmpfs mounts, which needs root.
 */

/** Every file in `folder` (not recursive) with a digest of its contents: equal snapshots mean nothing changed, appeared or vanished. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    files[entry.name] = entry.isSymbolicLink()
      ? `link to ${await fs.readlink(file)}`
      : entry.isDirectory()
        ? 'folder'
        : createHash('sha256')
            .update(await fs.readFile(file))
            .digest('hex');
  }
  return files;
}

/** A log big enough that its brag document needs several pages of disk. */
function logWithMoments(count: number): string {
  const moments = Array.from({ length: count }, (_, index) =>
    momentAt(new Date(Date.UTC(2026, 5, 1 + (index % 28), 10)), {
      summary: `Walked the on-call rotation through incident ${index} and what the runbook should say next time`,
      people: ['Sam'],
      impact: 'The next incident was handled without escalation',
    }),
  );
  return `${JSON.stringify({ version: 1, moments }, null, 2)}\n`;
}

const OLD_DOCUMENT = '# Brag document: the one written last quarter\n';
const EXPORT_2026 = ['export', '--from', '2026-01-01', '--to', '2026-12-31'];

/**
 * A tmpfs of `size` mounted for the enclosing suite, unmounted after it. Where mounting is
 * not allowed (not root, or no mount permission in a container) the suite says so and is
 * skipped: only a real file system can be really full or really read-only.
 */
function useTmpfs(size: string): () => string {
  let folder = '';
  let mounted = false;
  before(function () {
    folder = mkdtempSync(path.join(tmpdir(), 'growth-log-disk-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder], { stdio: 'pipe' });
      mounted = true;
    } catch (error) {
      console.warn(
        `      skipped: mounting a tmpfs needs root (${String((error as { stderr?: unknown }).stderr ?? error).trim()})`,
      );
      this.skip();
    }
  });
  after(() => {
    if (mounted) execFileSync('umount', [folder]);
    rmSync(folder, { recursive: true, force: true });
  });
  return () => folder;
}

/** Writes zeros to `file` until the disk refuses: from then on the disk is full. */
async function fillDisk(file: string): Promise<void> {
  const handle = await fs.open(file, 'w');
  const page = Buffer.alloc(4096);
  try {
    for (;;) await handle.write(page);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOSPC') throw error;
  } finally {
    await handle.close();
  }
}

/** The command line with its standard output redirected to `outputFile` (`growth-log … > file`). */
async function cliToFile(args: string[], cwd: string, outputFile: string): Promise<CliResult> {
  const output = openSync(outputFile, 'w');
  try {
    return await cli(args, { cwd, stdout: output });
  } finally {
    closeSync(output);
  }
}

describe('file system failures on the command line', function () {
  this.timeout(60_000);

  before(assertCliBuilt);

  describe('a full disk', () => {
    const disk = useTmpfs('64k');
    const log = () => path.join(disk(), 'growth-log.json');
    const document = () => path.join(disk(), 'brag.md');

    beforeEach(async () => {
      for (const entry of await fs.readdir(disk())) await fs.rm(path.join(disk(), entry), { recursive: true });
      await fs.writeFile(log(), logWithMoments(40));
      await fs.writeFile(document(), OLD_DOCUMENT);
      await fillDisk(path.join(disk(), 'filler'));
    });

    it('add exits 2 saying the disk is full, and leaves the log and the folder as they were', async () => {
      const before = await snapshot(disk());
      assertFileProblem(
        await cli(['add', 'mentoring', 'Paired with @Sam', '--file', log()], { cwd: disk() }),
        log(),
        /^the disk is full$/,
      );
      assert.deepEqual(await snapshot(disk()), before);
    });

    it('export --out exits 2 saying the disk is full, and keeps the old document whole', async () => {
      const before = await snapshot(disk());
      const result = await cli([...EXPORT_2026, '--file', log(), '--out', document()], { cwd: disk() });
      assertFileProblem(result, document(), /^the disk is full$/);
      assert.equal(await fs.readFile(document(), 'utf8'), OLD_DOCUMENT);
      assert.deepEqual(await snapshot(disk()), before);
    });

    it('export redirected to a file exits 2 saying standard output failed, rather than leave a cut-off document', async () => {
      const result = await cliToFile([...EXPORT_2026, '--file', log()], disk(), document());
      assertFileProblem(result, 'standard output', /^the disk is full$/);
    });
  });

  describe('a read-only disk', () => {
    const disk = useTmpfs('1m');
    const log = () => path.join(disk(), 'growth-log.json');
    const document = () => path.join(disk(), 'brag.md');

    before(async () => {
      await fs.writeFile(log(), logWithMoments(3));
      await fs.writeFile(document(), OLD_DOCUMENT);
      // Root ignores permission bits, so only a read-only mount proves the refusal is handled.
      execFileSync('mount', ['-o', 'remount,ro', disk()]);
    });

    it('add exits 2 saying the disk is read-only', async () => {
      const before = await snapshot(disk());
      assertFileProblem(
        await cli(['add', 'mentoring', 'Paired with @Sam', '--file', log()], { cwd: disk() }),
        log(),
        /^the disk or folder is read-only$/,
      );
      assert.deepEqual(await snapshot(disk()), before);
    });

    it('export --out exits 2 saying the disk is read-only, and the document stays', async () => {
      const before = await snapshot(disk());
      assertFileProblem(
        await cli([...EXPORT_2026, '--file', log(), '--out', document()], { cwd: disk() }),
        document(),
        /^the disk or folder is read-only$/,
      );
      assert.deepEqual(await snapshot(disk()), before);
    });

    it('still reads the log', async () => {
      const result = await cli([...EXPORT_2026, '--file', log()], { cwd: disk() });
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /incident 2 /);
    });
  });

  describe('paths that cannot be used', () => {
    const tempDir = useTempDir();
    const log = () => path.join(tempDir(), 'growth-log.json');

    beforeEach(async () => {
      await fs.writeFile(log(), logWithMoments(3));
    });

    it('export --out into a folder that does not exist exits 2, and creates no folder', async () => {
      const document = path.join(tempDir(), 'no-such-folder', 'brag.md');
      const before = await snapshot(tempDir());
      assertFileProblem(
        await cli([...EXPORT_2026, '--file', log(), '--out', document], { cwd: tempDir() }),
        document,
        /^its folder does not exist$/,
      );
      assert.deepEqual(await snapshot(tempDir()), before);
    });

    it('export --out at a folder exits 2, and leaves the folder and its parent as they were', async () => {
      const folder = path.join(tempDir(), 'documents');
      await fs.mkdir(folder);
      const before = await snapshot(tempDir());
      assertFileProblem(
        await cli([...EXPORT_2026, '--file', log(), '--out', folder], { cwd: tempDir() }),
        folder,
        /^this path is a folder, not a file$/,
      );
      assert.deepEqual(await snapshot(tempDir()), before);
      assert.deepEqual(await fs.readdir(folder), []);
    });

    it('export --out under a file exits 2', async () => {
      const document = path.join(log(), 'brag.md');
      const before = await snapshot(tempDir());
      assertFileProblem(
        await cli([...EXPORT_2026, '--file', log(), '--out', document], { cwd: tempDir() }),
        document,
        /^part of the path is a file, not a folder$/,
      );
      assert.deepEqual(await snapshot(tempDir()), before);
    });

    it('add exits 2 when a file stands where the log’s folder should be', async () => {
      const blocked = path.join(log(), 'growth-log.json');
      const before = await snapshot(tempDir());
      assertFileProblem(
        await cli(['add', 'mentoring', 'Paired', '--file', blocked], { cwd: tempDir() }),
        blocked,
        /^part of the path is a file, not a folder$/,
      );
      assert.deepEqual(await snapshot(tempDir()), before);
    });

    it('exits 2 for a log that is a loop of symbolic links, for every command', async () => {
      const loop = path.join(tempDir(), 'loop.json');
      await fs.symlink(path.join(tempDir(), 'loop-back.json'), loop);
      await fs.symlink(loop, path.join(tempDir(), 'loop-back.json'));
      const before = await snapshot(tempDir());
      for (const args of [['add', 'mentoring', 'Paired'], ['summary'], ['export']]) {
        assertFileProblem(
          await cli([...args, '--file', loop], { cwd: tempDir() }),
          loop,
          /^the path has a loop of symbolic links$/,
        );
      }
      assert.deepEqual(await snapshot(tempDir()), before);
    });

    it('exits 2 for a file name too long for the file system, for the log and for --out', async () => {
      const tooLong = path.join(tempDir(), `${'a'.repeat(300)}.json`);
      const before = await snapshot(tempDir());
      for (const args of [['add', 'mentoring', 'Paired'], ['summary'], ['export']]) {
        assertFileProblem(
          await cli([...args, '--file', tooLong], { cwd: tempDir() }),
          tooLong,
          /^the path or a name in it is too long$/,
        );
      }
      const document = path.join(tempDir(), `${'b'.repeat(300)}.md`);
      assertFileProblem(
        await cli([...EXPORT_2026, '--file', log(), '--out', document], { cwd: tempDir() }),
        document,
        /^the path or a name in it is too long$/,
      );
      assert.deepEqual(await snapshot(tempDir()), before);
    });

    it('stops quietly when the reader of its output goes away (growth-log export | head)', async () => {
      await fs.writeFile(log(), logWithMoments(2_000));
      const exporting = startCli([...EXPORT_2026, '--file', log()], { cwd: tempDir() });
      exporting.process.stdout?.once('data', () => exporting.process.stdout?.destroy());
      const result = await exporting.result;
      assert.equal(result.stderr, '');
      assert.equal(result.code, 0);
    });

    it('adds to valid JSON nested 5,000 deep, keeping the nesting byte for byte', async () => {
      const depth = 5_000;
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      await fs.writeFile(log(), `{"version": 1, "moments": [], "attachments": ${nested}}\n`);
      const added = await cli(['add', 'mentoring', 'Paired', '--file', log()], { cwd: tempDir() });
      assert.equal(added.code, 0, added.stderr);
      const text = await fs.readFile(log(), 'utf8');
      assert.ok(text.includes(`"attachments": ${nested}`), 'the nesting is kept as written');
      assert.equal((await new LogStore().read(log())).moments.length, 1);
    });
  });
});
