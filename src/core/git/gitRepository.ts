import { execFile } from 'node:child_process';

/**
 * Reads a local git repository with the real `git` binary. Only local commands are run
 * (nothing fetches or pushes), and a folder that is not a repository, or a machine with
 * no git, gives undefined rather than an error: git is a bonus, never a requirement.
 */

export interface GitHead {
  /** The repository's top folder. */
  readonly root: string;
  readonly commit: string;
  /** Undefined on a detached HEAD. */
  readonly branch?: string;
  /** The fetch URL of the branch's upstream remote, else of `origin`. */
  readonly remoteUrl?: string;
}

/**
 * Options put before every git command. The repository's own config is written by
 * whoever wrote the repository, and some of it names programs that even read-only
 * commands run; those settings are overridden here (a `-c` on the command line wins
 * over every config file):
 *
 * - `core.fsmonitor` names a program git runs whenever it reads the index (`ls-files`,
 *   `status`, `check-ignore` without `--no-index`);
 * - `log.showSignature` makes `log` and `show` run `gpg.program` on any signed commit.
 *
 * Not needed, as no command run here reaches them: `diff.external` and textconv drivers
 * (only patches run them; `--name-only` compares object ids), hooks (only commands that
 * write run them), the pager (only for a terminal) and credential helpers (nothing
 * talks to a remote). `core.quotepath=off` keeps file names in git's output as they
 * are, rather than as C-quoted octal escapes.
 */
const HARDENING = ['-c', 'core.fsmonitor=false', '-c', 'log.showSignature=false', '-c', 'core.quotepath=off'];

/**
 * Runs git in `cwd` with `args` passed as they are (no shell, so nothing in them is
 * interpreted); `env` adds variables (an author and date for a commit, say); `input` is
 * written to git's standard input. Aborting `signal` ends the git process and rejects with
 * an AbortError.
 */
export function runGit(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = {},
  signal?: AbortSignal,
  input?: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const options = {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      signal,
      // GIT_OPTIONAL_LOCKS=0: reading never rewrites the index, so it never competes
      // with the user's own git for the index lock.
      env: { ...process.env, ...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    };
    const child = execFile('git', [...HARDENING, ...args], options, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
    // A git that exits before reading all of it closes the pipe: its exit code tells why.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

/** Git's output for one value on a line of its own, without the newline git ends it with. */
export function withoutFinalNewline(output: string): string {
  return output.endsWith('\n') ? output.slice(0, -1) : output;
}

/**
 * The output of a git command that says "no" (a key not set, a file not tracked or not
 * ignored) by exiting with code 1: undefined for that no. Any other failure is an error.
 */
export async function unlessGitSaysNo(command: Promise<string>): Promise<string | undefined> {
  try {
    return await command;
  } catch (error) {
    if ((error as { code?: unknown }).code === 1) return undefined;
    throw error;
  }
}

/** The config value of `key`, or undefined where it is not set. */
export async function readGitConfig(repository: string, key: string): Promise<string | undefined> {
  const value = await unlessGitSaysNo(runGit(repository, ['config', '--get', '--', key]));
  return value === undefined ? undefined : withoutFinalNewline(value);
}

async function tryGit(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    return withoutFinalNewline(await runGit(cwd, args));
  } catch {
    // Not a repository, no such ref or remote, or no git: each means "nothing to read".
    return undefined;
  }
}

export async function readGitHead(folder: string): Promise<GitHead | undefined> {
  const root = await tryGit(folder, ['rev-parse', '--show-toplevel']);
  const commit = root && (await tryGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD']));
  if (!root || !commit) return undefined;
  const branchName = await tryGit(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  const upstreamRemote = branchName
    ? await tryGit(root, ['config', '--get', '--', `branch.${branchName}.remote`])
    : undefined;
  const remoteUrl =
    (upstreamRemote && (await tryGit(root, ['remote', 'get-url', '--', upstreamRemote]))) ||
    (await tryGit(root, ['remote', 'get-url', '--', 'origin']));
  return { root, commit, branch: branchName || undefined, remoteUrl: remoteUrl || undefined };
}
