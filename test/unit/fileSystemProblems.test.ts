import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { escapeForTerminal, oneLine, widest } from '../../src/cli/terminalText';
import { fileProblemMessage, fileProblemCause, toLogFileError } from '../../src/core/storage/fileSystemProblems';
import { LogFileError } from '../../src/core/model/logFileError';
import { useTempDir } from '../support/tempDir';

/** The words for what the operating system refuses, and the terminal's guard; the real failures are in fileSystemFailures.test.ts. */

function systemError(code: string, syscall = 'open'): Error {
  return Object.assign(new Error(`${code}: something, ${syscall} '/tmp/.brag.md.123.abc.tmp'`), {
    code,
    syscall,
    path: '/tmp/.brag.md.123.abc.tmp',
  });
}

describe('file system problems in words', () => {
  const temp = useTempDir();

  it('names the file the user asked for and the cause, not the temporary file the error was about', () => {
    assert.equal(fileProblemMessage(systemError('ENOSPC', 'write'), '/x/brag.md'), '/x/brag.md: the disk is full');
    const error = toLogFileError(systemError('EROFS'), '/x/growth-log.json');
    assert.ok(error instanceof LogFileError);
    assert.equal(error.problem, 'io');
    assert.equal(error.filePath, '/x/growth-log.json');
    assert.equal(error.message, '/x/growth-log.json: the disk or folder is read-only');
  });

  it('has a sentence for every code a file operation is expected to meet, and names any other', () => {
    const codes = [
      'ENOSPC',
      'EDQUOT',
      'EFBIG',
      'EACCES',
      'EPERM',
      'EROFS',
      'EISDIR',
      'ENOTDIR',
      'ENOENT',
      'ENAMETOOLONG',
      'ELOOP',
      'EMFILE',
      'ENFILE',
      'EBUSY',
      'EEXIST',
      'EIO',
    ];
    for (const code of codes) {
      const cause = fileProblemCause(systemError(code));
      assert.ok(cause && !cause.includes(code) && !cause.includes('\n'), `${code}: ${cause}`);
    }
    assert.equal(fileProblemCause(systemError('EXDEV', 'rename')), 'the file cannot be read or written (EXDEV)');
    assert.equal(fileProblemCause(systemError('toString')), 'the file cannot be read or written (toString)');
  });

  it('tells a folder made where a file stands from a file that is already there', () => {
    assert.equal(fileProblemCause(systemError('EEXIST', 'mkdir')), 'part of the path is a file, not a folder');
    assert.equal(fileProblemCause(systemError('EEXIST', 'open')), 'a file of that name is already there');
  });

  it('reads a real refusal of the file system', async () => {
    const file = path.join(temp(), 'log.json');
    await fs.writeFile(file, '{}');
    const error = await fs.readFile(path.join(file, 'inside.json')).catch((caught: unknown) => caught);
    assert.equal(fileProblemMessage(error, file), `${file}: part of the path is a file, not a folder`);
  });

  it('calls an exhausted stack a log nested too deeply, a syntax problem', () => {
    let nested: unknown[] = [];
    for (let depth = 0; depth < 100_000; depth++) nested = [nested];
    const overflow = (() => {
      try {
        JSON.stringify(nested);
      } catch (error) {
        return error;
      }
    })();
    const error = toLogFileError(overflow, '/x/growth-log.json');
    assert.equal(error?.problem, 'syntax');
    assert.equal(error?.message, '/x/growth-log.json: the file is nested too deeply to read or write');
  });

  it('passes a LogFileError through, and leaves anything else (a bug) alone', () => {
    const logFileError = new LogFileError('/x/growth-log.json', 'schema', 'wrong');
    assert.equal(toLogFileError(logFileError, '/elsewhere.json'), logFileError);
    for (const other of [
      new TypeError('x is undefined'),
      new RangeError('Invalid time value'),
      Object.assign(new Error('no syscall'), { code: 'ENOSPC' }),
      'text',
      undefined,
    ]) {
      assert.equal(toLogFileError(other, '/x/growth-log.json'), undefined, String(other));
    }
  });
});

describe('text printed to a terminal', () => {
  it('escapes C0 controls but line feeds and tabs, DEL, C1 controls and bidirectional overrides', () => {
    assert.equal(
      escapeForTerminal('a\u001b]52;c;eA==\u0007 b\u009b2J c\u202ed\u2066e\u2069 \r\b\u007f\u0085\nnext\tcolumn'),
      'a\\u001b]52;c;eA==\\u0007 b\\u009b2J c\\u202ed\\u2066e\\u2069 \\u000d\\u0008\\u007f\\u0085\nnext\tcolumn',
    );
    assert.equal(escapeForTerminal('Ωμέγα — “quoted” 🎉 עברית'), 'Ωμέγα — “quoted” 🎉 עברית');
  });

  it('escapes the Unicode line and paragraph separators, which some terminals break lines at', () => {
    assert.equal(escapeForTerminal('a\u2028b\u2029c'), 'a\\u2028b\\u2029c');
  });

  it('folds every kind of line break of a one-line field into a visible ⏎', () => {
    assert.equal(oneLine('a\nb\r\nc\rd\u0085e\u2028f\u2029g\th'), 'a⏎b⏎c⏎d⏎e⏎f⏎g\th');
    assert.equal(oneLine('one line'), 'one line');
  });

  it('pads a column to its widest text, however many rows a week of a large log has', () => {
    assert.equal(widest([]), 0);
    assert.equal(widest(['code-review', 'mentoring']), 11);
    // More than one call of Math.max(...lengths) takes as arguments.
    assert.equal(widest(Array.from({ length: 500_000 }, (_, index) => (index === 7 ? 'conflict' : 'kind'))), 8);
  });

  it('keeps JSON valid, reading back as the same values', () => {
    const value = { summary: 'x\u009b\u202e\u007f\u001b"\\\n' };
    assert.deepEqual(JSON.parse(escapeForTerminal(JSON.stringify(value, null, 2))), value);
  });
});
