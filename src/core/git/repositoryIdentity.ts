import * as path from 'node:path';
import type { CodeRepository } from '../model/schema';

/**
 * Which repository a moment's code belongs to, told apart from the others the user works
 * in, so that a code link in a log that lives outside the repository (one log for all my
 * work) still finds its file in whichever workspace folder is that repository.
 *
 * Pure string work: nothing here touches the network or runs git.
 */

/**
 * The remote URL as it may be written to the log: without a password or token (a clone
 * made with `https://user:token@host/…` keeps the token in its remote), without the user
 * name of a web URL, and without a query or fragment. An ssh remote keeps its user
 * (`git@…`), which is no secret. Undefined for a URL that cannot be read safely.
 */
export function shareableRemote(remoteUrl: string): string | undefined {
  const trimmed = remoteUrl.trim();
  if (trimmed === '' || /[\0\r\n]/.test(trimmed)) return undefined;
  if (hasScheme(trimmed)) {
    const url = parsedUrl(trimmed);
    if (!url) return undefined;
    url.password = '';
    if (url.protocol === 'http:' || url.protocol === 'https:') url.username = '';
    url.search = '';
    url.hash = '';
    return url.toString();
  }
  // scp-like `user@host:path`: a password cannot be written in this form.
  return trimmed;
}

/**
 * One key for every spelling of a remote: `git@github.com:Owner/Repo.git`,
 * `ssh://git@github.com/owner/repo` and `https://token@github.com/owner/repo/` all give
 * `github.com/owner/repo`. Host and path only (no user, port or scheme), lower case, no
 * `.git`. A local path stays a path.
 */
export function remoteKey(remoteUrl: string): string | undefined {
  const trimmed = remoteUrl.trim();
  let host: string;
  let repositoryPath: string;
  if (hasScheme(trimmed)) {
    const url = parsedUrl(trimmed);
    if (!url) return undefined;
    host = url.protocol === 'file:' ? '' : url.hostname;
    repositoryPath = decodeURIComponent(url.pathname);
  } else {
    const scp = /^(?:[^@/]+@)?([^:/\\]+):(?!\/\/)(.+)$/.exec(trimmed);
    if (scp?.[1] && scp[2] && !/^[a-zA-Z]$/.test(scp[1])) {
      host = scp[1];
      repositoryPath = scp[2];
    } else {
      host = '';
      repositoryPath = trimmed;
    }
  }
  const segments = repositoryPath
    .split(/[\\/]+/)
    .filter(Boolean)
    .map((segment, index, all) => (index === all.length - 1 ? segment.replace(/\.git$/i, '') : segment));
  if (segments.length === 0) return undefined;
  return [host, ...segments].filter(Boolean).join('/').toLowerCase();
}

/** What a moment records of its repository: the name of the repository's folder and, when it has one, its remote without credentials. */
export function repositoryOf(rootFolder: string, remoteUrl: string | undefined): CodeRepository {
  const remote = remoteUrl === undefined ? undefined : shareableRemote(remoteUrl);
  const name = path.basename(rootFolder) || rootFolder;
  return remote ? { remote, name } : { name };
}

/** A folder open in the editor, described as a repository. */
export interface CandidateFolder<T> {
  readonly folder: T;
  /** The name of the repository's folder (or of the folder itself, outside a repository). */
  readonly name: string;
  readonly remoteUrl?: string;
}

/**
 * The open folder that is `repository`: the one with the same remote, else one with the
 * same folder name — unless that folder's remote says it is another repository (a fork
 * cloned under the same name), where opening "the same" path would show the wrong file.
 */
export function findRepositoryFolder<T>(
  repository: CodeRepository,
  candidates: readonly CandidateFolder<T>[],
): T | undefined {
  const wanted = repository.remote === undefined ? undefined : remoteKey(repository.remote);
  const keyOf = (candidate: CandidateFolder<T>) =>
    candidate.remoteUrl === undefined ? undefined : remoteKey(candidate.remoteUrl);
  if (wanted !== undefined) {
    const byRemote = candidates.find((candidate) => keyOf(candidate) === wanted);
    if (byRemote) return byRemote.folder;
  }
  const byName = candidates.find((candidate) => {
    if (candidate.name !== repository.name) return false;
    const key = keyOf(candidate);
    return wanted === undefined || key === undefined;
  });
  return byName?.folder;
}

/** `https://…`, `ssh://…`, `file://…`: a remote written as a URL rather than scp-like `host:path`. */
function hasScheme(remoteUrl: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(remoteUrl);
}

function parsedUrl(remoteUrl: string): URL | undefined {
  try {
    return new URL(remoteUrl);
  } catch {
    return undefined;
  }
}
