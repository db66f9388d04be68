import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';

/** The built `growth-log` bin, run as a child process the way a terminal or a git hook runs it. */

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function cli(args: string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, TZ: 'UTC' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/**
 * A file problem as the command line must report it: exit code 2 and exactly one line on
 * standard error, naming the file and saying the cause, with no stack trace.
 */
export function assertFileProblem(result: CliResult, file: string, cause: RegExp): void {
  assert.equal(result.code, 2, `exit code 2 expected, got ${result.code}: ${result.stderr}`);
  assert.equal(result.stdout, '');
  const lines = result.stderr.split('\n');
  assert.equal(lines.at(-1), '', 'the message ends with a line break');
  assert.equal(lines.length, 2, `one line expected on standard error, got:\n${result.stderr}`);
  const [line = ''] = lines;
  assert.ok(line.startsWith(`growth-log: ${file}: `), `the message names ${file}: ${line}`);
  assert.match(line.slice(`growth-log: ${file}: `.length), cause);
  assert.doesNotMatch(line, /\b(?:Error|ENOSPC|EROFS|EISDIR|ENOENT|ELOOP|ENAMETOOLONG):|\bat .*:\d+:\d+/, 'no raw error or stack trace');
}
