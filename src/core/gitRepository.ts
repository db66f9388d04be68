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

/** Runs git in `cwd`; `env` adds variables (an author and date for a commit, say). */
export function runGit(cwd: string, args: readonly string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const options = { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } };
    execFile('git', [...args], options, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}

async function tryGit(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    return (await runGit(cwd, args)).trim();
  } catch {
    return undefined;
  }
}

export async function readGitHead(folder: string): Promise<GitHead | undefined> {
  const root = await tryGit(folder, ['rev-parse', '--show-toplevel']);
  const commit = root && (await tryGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD']));
  if (!root || !commit) return undefined;
  const branchName = await tryGit(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  const upstreamRemote = branchName ? await tryGit(root, ['config', '--get', `branch.${branchName}.remote`]) : undefined;
  const remoteUrl = (upstreamRemote && (await tryGit(root, ['remote', 'get-url', upstreamRemote]))) || (await tryGit(root, ['remote', 'get-url', 'origin']));
  return { root, commit, branch: branchName || undefined, remoteUrl: remoteUrl || undefined };
}
