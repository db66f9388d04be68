import * as path from 'node:path';
import { permalink } from './forgeLinks';
import type { GitHead } from './gitRepository';
import { repositoryOf } from './repositoryIdentity';
import type { CodeLocation } from '../model/schema';

export interface Selection {
  /** The file, absolute. */
  readonly filePath: string;
  /** The folder paths are written relative to (the workspace folder). */
  readonly baseFolder: string;
  /** 1-based, inclusive. */
  readonly startLine: number;
  readonly endLine: number;
}

/**
 * Where a moment happened in the code: the path relative to the workspace folder, the
 * lines, and when the file is in a git repository the commit, the branch and (for a
 * known forge) a permalink to those lines at that commit. It names its repository too (the
 * remote without credentials, and the folder's name; outside git, the workspace folder's
 * name), so a log kept outside the repository still finds the file.
 */
export function codeLocationOf(selection: Selection, git: GitHead | undefined): CodeLocation {
  const location: CodeLocation = {
    path: toPosix(path.relative(selection.baseFolder, selection.filePath)),
    startLine: selection.startLine,
    endLine: Math.max(selection.startLine, selection.endLine),
  };
  if (!git) return { ...location, repository: repositoryOf(selection.baseFolder, undefined) };
  location.commit = git.commit;
  if (git.branch) location.branch = git.branch;
  const repositoryPath = toPosix(path.relative(git.root, selection.filePath));
  const link = git.remoteUrl && permalink(git.remoteUrl, git.commit, { ...location, path: repositoryPath });
  if (link) location.remote = link;
  location.repository = repositoryOf(git.root, git.remoteUrl);
  return location;
}

/** "src/retry.ts:10-42" */
export function formatCodeLocation(code: Pick<CodeLocation, 'path' | 'startLine' | 'endLine'>): string {
  return code.startLine === code.endLine
    ? `${code.path}:${code.startLine}`
    : `${code.path}:${code.startLine}-${code.endLine}`;
}

function toPosix(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

/**
 * The file a moment's code path names inside `folder`, or undefined when it does not
 * stay inside: a log can come from anyone, so an absolute path, a `..` that climbs out,
 * a drive letter, a UNC or device path, or a NUL is never followed.
 */
export function resolveInsideFolder(folder: string, codePath: string): string | undefined {
  if (codePath === '' || codePath.includes('\0')) return undefined;
  // Either separator, whatever this system uses: a path written on Windows is read here too.
  if (path.isAbsolute(codePath) || path.win32.isAbsolute(codePath) || /^[a-zA-Z]:/.test(codePath)) return undefined;
  const resolved = path.resolve(folder, codePath.split(/[\\/]/).join(path.sep));
  return isInside(folder, resolved) ? resolved : undefined;
}

/** Whether `candidate` is `folder` itself or lies below it. */
export function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(candidate));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
