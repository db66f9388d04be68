import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, promises as fs, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { decodeLogFile } from '../../src/core/model/logFileCodec';
import { LogFileError } from '../../src/core/model/logFileError';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { cli } from '../support/cli';
import { momentAt } from '../support/moments';
import { useLogStore } from '../support/logStore';
import { useTempDir } from '../support/tempDir';

/**
 * Every malformed or hostile file in test/fixtures/malformed is refused with a message
 * that names the file and where in it, and is never changed; every valid oddity in
 * test/fixtures/valid is read, and a rewrite keeps its layout and its unknown content.
 */

const MALFORMED = path.join(REPO_ROOT, 'test', 'fixtures', 'malformed');
const VALID = path.join(REPO_ROOT, 'test', 'fixtures', 'valid');
const malformed = readdirSync(MALFORMED).sort();
const valid = readdirSync(VALID).sort();

/** A message that says where: line and column, a field path, or what the whole file is. */
const SAYS_WHERE = /:\d+:\d+: | at [\w[\]().]+$|newer Growth Log|nested too deeply|not valid JSON/;

describe('bad input', function () {
  this.timeout(120_000);
  const tempDir = useTempDir();
  const store = useLogStore();

  it('has a corpus of at least 40 malformed files', () => {
    assert.ok(malformed.length >= 40, `${malformed.length} files`);
  });

  for (const name of malformed) {
    it(`refuses ${name}, saying where, and leaves its bytes alone`, async () => {
      const file = path.join(tempDir(), 'growth-log.json');
      copyFileSync(path.join(MALFORMED, name), file);
      const before = readFileSync(file);

      assert.throws(
        () => decodeLogFile(before.toString('utf8'), file),
        (error: unknown) => {
          assert.ok(error instanceof LogFileError, String(error));
          assert.ok(error.message.startsWith(file), error.message);
          assert.match(error.message, SAYS_WHERE);
          return true;
        },
      );
      await assert.rejects(store().append(file, momentAt(new Date())), LogFileError);

      for (const args of [
        ['summary', '--file', file],
        ['add', 'mentoring', 'Must not land', '--file', file],
      ]) {
        const result = await cli(args);
        assert.equal(result.code, 2, `${args[0]}: ${result.stderr}`);
        assert.ok(result.stderr.includes(file), result.stderr);
      }
      assert.deepEqual(readFileSync(file), before, 'the file is byte for byte as it was');
      assert.deepEqual(await fs.readdir(tempDir()), ['growth-log.json'], 'nothing left beside it');
    });
  }

  for (const name of valid) {
    it(`accepts ${name} and keeps its layout and unknown content on rewrite`, async () => {
      const file = path.join(tempDir(), 'growth-log.json');
      copyFileSync(path.join(VALID, name), file);
      const before = readFileSync(file, 'utf8');
      const added = momentAt(new Date(), { summary: 'Added on top' });
      await store().append(file, added);
      const after = readFileSync(file, 'utf8');

      assert.equal(after.startsWith('\uFEFF'), before.startsWith('\uFEFF'), 'byte order mark kept');
      assert.equal(after.includes('\r\n'), before.includes('\r\n'), 'line endings kept');
      if (before.includes('\n\t')) assert.ok(after.includes('\n\t'), 'tab indentation kept');
      const original = JSON.parse(before.replace(/^\uFEFF/, ''));
      const rewritten = JSON.parse(after.replace(/^\uFEFF/, ''));
      assert.deepEqual(
        rewritten.moments.slice(0, -1),
        original.moments,
        'every original moment, unknown fields and kinds included, unchanged',
      );
      for (const key of Object.keys(original))
        if (key !== 'moments') assert.deepEqual(rewritten[key], original[key], key);
      assert.equal((await store().read(file)).moments.at(-1)?.summary, 'Added on top');
    });
  }

  it('explains a folder where the log file should be', async () => {
    const file = path.join(tempDir(), 'growth-log.json');
    await fs.mkdir(file);
    const result = await cli(['summary', '--file', file]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /is a folder, not a log file/);
    assert.ok(existsSync(file));
  });

  it('tells UTF-16 and binary files apart from ordinary syntax errors', () => {
    const read = (name: string) => readFileSync(path.join(MALFORMED, name)).toString('utf8');
    assert.throws(() => decodeLogFile(read('utf16.json'), 'x'), /looks like UTF-16/);
    assert.throws(() => decodeLogFile(read('binary-garbage.json'), 'x'), /binary data/);
    assert.throws(() => decodeLogFile(read('merge-conflict.json'), 'x'), /x:4:1: invalid JSON/);
    assert.throws(() => decodeLogFile(read('id-duplicate.json'), 'x'), /duplicate id .* at moments\[1\]\.id/);
  });
});
