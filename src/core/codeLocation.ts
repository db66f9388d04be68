import * as path from 'node:path';
import { permalink } from './forgeLinks';
import type { GitHead } from './gitRepository';
import type { CodeLocation } from './schema';

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
 * known forge) a permalink to those lines at that commit.
 */
export function describeCodeLocation(selection: Selection, git: GitHead | undefined): CodeLocation {
  const location: CodeLocation = {
    path: toPosix(path.relative(selection.baseFolder, selection.filePath)),
    startLine: selection.startLine,
    endLine: Math.max(selection.startLine, selection.endLine),
  };
  if (!git) return location;
  location.commit = git.commit;
  if (git.branch) location.branch = git.branch;
  const repositoryPath = toPosix(path.relative(git.root, selection.filePath));
  const link = git.remoteUrl && permalink(git.remoteUrl, git.commit, { ...location, path: repositoryPath });
  if (link) location.remote = link;
  return location;
}

/** "src/retry.ts:10-42" */
export function formatCodeLocation(code: Pick<CodeLocation, 'path' | 'startLine' | 'endLine'>): string {
  return code.startLine === code.endLine ? `${code.path}:${code.startLine}` : `${code.path}:${code.startLine}-${code.endLine}`;
}

function toPosix(filePath: string): string {
  return filePath.split(path.sep).join('/');
}
