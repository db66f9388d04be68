import * as assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';

/** The built `growth-log` bin, run as a child process the way a terminal or a git hook runs it. */

export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

export interface CliOptions {
  /** The folder it runs in; the test process's own when absent. */
  readonly cwd?: string;
  /** A file descriptor to send standard output to (`growth-log … > file`); collected when absent. */
  readonly stdout?: number;
  /** Arguments for Node itself, before the script: `--require` of a preload, say. */
  readonly nodeArguments?: readonly string[];
  /** Environment variables over the test process's own (`GROWTH_LOG_FILE`, `HOME`). */
  readonly env?: Readonly<Record<string, string>>;
}

export interface CliResult {
  /** The exit code, or null when a signal ended the process. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunningCli {
  readonly process: ChildProcess;
  /** Settles once the process has ended and its output is read. */
  readonly result: Promise<CliResult>;
}

/** Starts the command line and hands back the process too, for a test that stops it or its reader halfway. */
export function startCli(args: readonly string[], options: CliOptions = {}): RunningCli {
  // The tester's own one log stays out of it: a test names the log it means.
  const { GROWTH_LOG_FILE: _testersLog, ...inherited } = process.env;
  const child = spawn(process.execPath, [...(options.nodeArguments ?? []), CLI, ...args], {
    cwd: options.cwd,
    // Dates in its output are the same on every machine.
    env: { ...inherited, ...options.env, TZ: 'UTC' },
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  // `once` rejects if the process cannot be started at all.
  const result = once(child, 'close').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
    stdout,
    stderr,
  }));
  return { process: child, result };
}

/** Runs the command line to its end. */
export function cli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return startCli(args, options).result;
}

/** For a suite's `before`: one clear failure naming the missing bundle, rather than every test failing to spawn. */
export function assertCliBuilt(): void {
  assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build first`);
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
  assert.doesNotMatch(
    line,
    /\b(?:Error|ENOSPC|EROFS|EISDIR|ENOENT|ELOOP|ENAMETOOLONG):|\bat .*:\d+:\d+/,
    'no raw error or stack trace',
  );
}
