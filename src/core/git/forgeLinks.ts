import { decodedPath, parseRemoteAddress } from './remoteAddress';

/**
 * Web links to code on the forges teams use: GitHub, GitLab, Bitbucket and Azure DevOps,
 * from the remote URL as git stores it (https or ssh). Pure string work: nothing here
 * touches the network.
 */

export type ForgeKind = 'github' | 'gitlab' | 'bitbucket' | 'azure-devops';

export interface ForgeRepository {
  readonly kind: ForgeKind;
  /** `https://github.com/owner/repo`, with no trailing `.git`. */
  readonly webUrl: string;
}

export interface LineRange {
  readonly path: string;
  readonly startLine: number;
  readonly endLine: number;
}

/** The forge repository a remote URL points at, or undefined for an unknown host. */
export function parseRemote(remoteUrl: string): ForgeRepository | undefined {
  const location = hostAndPath(remoteUrl.trim());
  if (!location) return undefined;
  const host = location.host.toLowerCase();
  const segments = location.path
    .replace(/\.git$/, '')
    .split('/')
    .filter(Boolean);

  if (host === 'ssh.dev.azure.com' || host === 'vs-ssh.visualstudio.com') {
    // git@ssh.dev.azure.com:v3/org/project/repo
    const [version, org, project, repo] = segments;
    if (version !== 'v3' || !org || !project || !repo) return undefined;
    return { kind: 'azure-devops', webUrl: `https://dev.azure.com/${org}/${project}/_git/${repo}` };
  }
  if (host === 'dev.azure.com') {
    // https://org@dev.azure.com/org/project/_git/repo
    const [org, project, marker, repo] = segments;
    if (!org || !project || marker !== '_git' || !repo) return undefined;
    return { kind: 'azure-devops', webUrl: `https://dev.azure.com/${org}/${project}/_git/${repo}` };
  }
  const kind = forgeOf(host);
  if (!kind || segments.length < 2) return undefined;
  return { kind, webUrl: `https://${host}/${segments.join('/')}` };
}

/** A link to `range` at `commit`, or undefined when the remote is not a known forge. */
export function permalink(remoteUrl: string, commit: string, range: LineRange): string | undefined {
  const repository = parseRemote(remoteUrl);
  if (!repository) return undefined;
  const path = range.path.split('/').map(encodeURIComponent).join('/');
  const { startLine: start, endLine: end } = range;
  switch (repository.kind) {
    case 'github':
      return `${repository.webUrl}/blob/${commit}/${path}#L${start}${end !== start ? `-L${end}` : ''}`;
    case 'gitlab':
      return `${repository.webUrl}/-/blob/${commit}/${path}#L${start}${end !== start ? `-${end}` : ''}`;
    case 'bitbucket':
      return `${repository.webUrl}/src/${commit}/${path}#lines-${start}${end !== start ? `:${end}` : ''}`;
    case 'azure-devops':
      return `${repository.webUrl}?path=/${path}&version=GC${commit}&line=${start}&lineEnd=${end + 1}&lineStartColumn=1&lineEndColumn=1`;
  }
}

/** A link to a whole commit, or undefined when the remote is not a known forge. */
export function commitLink(remoteUrl: string, commit: string): string | undefined {
  const repository = parseRemote(remoteUrl);
  if (!repository) return undefined;
  switch (repository.kind) {
    case 'github':
      return `${repository.webUrl}/commit/${commit}`;
    case 'gitlab':
      return `${repository.webUrl}/-/commit/${commit}`;
    case 'bitbucket':
      return `${repository.webUrl}/commits/${commit}`;
    case 'azure-devops':
      return `${repository.webUrl}/commit/${commit}`;
  }
}

/** A link to pull request (merge request) `number`, or undefined when the remote is not a known forge. */
export function pullRequestLink(remoteUrl: string, number: number): string | undefined {
  const repository = parseRemote(remoteUrl);
  if (!repository) return undefined;
  switch (repository.kind) {
    case 'github':
      return `${repository.webUrl}/pull/${number}`;
    case 'gitlab':
      return `${repository.webUrl}/-/merge_requests/${number}`;
    case 'bitbucket':
      return `${repository.webUrl}/pull-requests/${number}`;
    case 'azure-devops':
      return `${repository.webUrl}/pullrequest/${number}`;
  }
}

function forgeOf(host: string): ForgeKind | undefined {
  if (host === 'github.com' || host.endsWith('.github.com')) return 'github';
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return 'gitlab';
  if (host === 'bitbucket.org') return 'bitbucket';
  return undefined;
}

/** Host and path of a remote in any form git accepts (remoteAddress.ts); undefined for a local path. */
function hostAndPath(remoteUrl: string): { host: string; path: string } | undefined {
  const address = parseRemoteAddress(remoteUrl);
  if (address?.form === 'url') return { host: address.url.hostname, path: decodedPath(address.url) };
  return address?.form === 'scp' ? address : undefined;
}
