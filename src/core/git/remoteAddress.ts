/**
 * A git remote's address, read once for everything that uses one (the remote written to
 * the log, the key that tells repositories apart, forge links), in each form git accepts:
 *
 * - a URL, `scheme://[user[:password]@]host[:port]/path` (`https`, `ssh`, `git+ssh`, `file`,
 *   and any remote helper's scheme, such as `persistent-https`);
 * - the remote-helper form `transport::address` (`https::https://…`), read as its address;
 * - scp-like `[user@]host:path`;
 * - a local path (`/srv/git/api.git`, `C:\repos\api`).
 *
 * Pure string work, each form told apart by searching for its delimiters.
 */

export type RemoteAddress =
  | { readonly form: 'url'; readonly url: URL }
  | { readonly form: 'scp'; readonly user?: string; readonly host: string; readonly path: string }
  | { readonly form: 'path'; readonly path: string };

/** The address `remoteUrl` names, or undefined when it is none of the forms above or holds a line break or NUL. */
export function parseRemoteAddress(remoteUrl: string): RemoteAddress | undefined {
  const trimmed = remoteUrl.trim();
  if (trimmed === '' || /[\0\r\n]/.test(trimmed)) return undefined;
  const address = withoutTransport(trimmed);
  if (address !== undefined) {
    // Whatever a helper makes of an address that is no URL or host:path (`ext::ssh -i key host`) is its own.
    const read = hasScheme(address) ? asUrl(address) : scpLike(address);
    return read?.form === 'path' ? undefined : read;
  }
  if (hasScheme(trimmed)) return asUrl(trimmed);
  return scpLike(trimmed) ?? { form: 'path', path: trimmed };
}

/** The address after a `transport::` prefix; undefined for a remote without one. */
function withoutTransport(remoteUrl: string): string | undefined {
  const separator = remoteUrl.indexOf('::');
  if (separator < 0 || !TRANSPORT.test(remoteUrl.slice(0, separator))) return undefined;
  return remoteUrl.slice(separator + 2);
}

/** A remote helper's name, as git finds `git-remote-<name>`. */
const TRANSPORT = /^[A-Za-z][A-Za-z0-9+.-]*$/;

/** `https://…`, `ssh://…`, `file://…`: a remote written as a URL rather than scp-like `host:path`. */
function hasScheme(remoteUrl: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(remoteUrl);
}

function asUrl(remoteUrl: string): RemoteAddress | undefined {
  try {
    return { form: 'url', url: new URL(remoteUrl) };
  } catch {
    return undefined;
  }
}

/**
 * `[user@]host:path`, where the user ends at the first `@` before any slash (and may hold a
 * `:`, as `name:token@host:path` does) and the host at the next `:`. A one-letter host with
 * no user is a Windows drive (`C:\repos`), and `host://` a URL: neither is scp-like.
 */
function scpLike(remoteUrl: string): RemoteAddress | undefined {
  const at = remoteUrl.indexOf('@');
  const slash = remoteUrl.search(/[\\/]/);
  const hasUser = at >= 0 && (slash < 0 || at < slash);
  const rest = hasUser ? remoteUrl.slice(at + 1) : remoteUrl;
  const colon = rest.indexOf(':');
  if (colon <= 0) return undefined;
  const host = rest.slice(0, colon);
  const path = rest.slice(colon + 1);
  if (/[\\/]/.test(host) || path === '' || path.startsWith('//')) return undefined;
  if (!hasUser && /^[a-zA-Z]$/.test(host)) return undefined;
  return hasUser ? { form: 'scp', user: remoteUrl.slice(0, at), host, path } : { form: 'scp', host, path };
}

/** A URL path in plain characters; as written when it holds an escape that decodes to nothing. */
export function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}
