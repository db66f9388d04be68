import * as path from 'node:path';
import type { CodeRepository } from '../model/schema';
import { decodedPath, parseRemoteAddress } from './remoteAddress';

/**
 * Which repository a moment's code belongs to, told apart from the others the user works
 * in, so that a code link in a log that lives outside the repository (one log for all my
 * work) still finds its file in whichever workspace folder is that repository.
 *
 * Pure string work: nothing here touches the network or runs git.
 */

/**
 * The remote URL as it may be written to the log: without a password, token or user name
 * (a clone made with `https://user:token@host/…` keeps the token in its remote, and a
 * remote helper's `https::https://token@host/…` or `persistent-https://token@host/…` keeps
 * it as a user name), without a `transport::` prefix, a query or a fragment. Only an ssh
 * remote's user `git` (`git@github.com:…`) is kept: it is plainly no secret, and any other
 * user might be one. Undefined for a remote that cannot be read safely.
 */
export function shareableRemote(remoteUrl: string): string | undefined {
  const address = parseRemoteAddress(remoteUrl);
  switch (address?.form) {
    case undefined:
      return undefined;
    case 'url': {
      const url = address.url;
      const keepsUser = SSH_SCHEMES.has(url.protocol) && url.username === NO_SECRET_USER;
      url.password = '';
      if (!keepsUser) url.username = '';
      url.search = '';
      url.hash = '';
      return url.toString();
    }
    case 'scp':
      return `${address.user === NO_SECRET_USER ? `${NO_SECRET_USER}@` : ''}${address.host}:${address.path}`;
    case 'path':
      return address.path;
  }
}

const SSH_SCHEMES: ReadonlySet<string> = new Set(['ssh:', 'git+ssh:', 'ssh+git:']);
/** The user every forge's ssh remotes name; it says nothing about who cloned. */
const NO_SECRET_USER = 'git';

/**
 * One key for every spelling of a remote: `git@github.com:Owner/Repo.git`,
 * `ssh://git@github.com/owner/repo`, `https://token@github.com/owner/repo/` and
 * `https::https://github.com/owner/repo` all give `github.com/owner/repo`. Host and path
 * only (no user, port, scheme or transport), lower case, no `.git`. A local path stays a path.
 */
export function remoteKey(remoteUrl: string): string | undefined {
  const address = parseRemoteAddress(remoteUrl);
  if (!address) return undefined;
  const { host, path: repositoryPath } =
    address.form === 'url'
      ? { host: address.url.protocol === 'file:' ? '' : address.url.hostname, path: decodedPath(address.url) }
      : address.form === 'scp'
        ? address
        : { host: '', path: address.path };
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
