import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runGit } from './gitRepository';

/**
 * Keeps the log out of git without touching files the team shares: the log's path is
 * added to the repository's own `.git/info/exclude`, never to `.gitignore`. A log that
 * git already tracks is left alone (excluding it would not untrack it, and rewriting
 * history is not ours to do); the caller tells the user instead.
 */
export type ExcludeOutcome =
  | 'excluded' // the path was added to .git/info/exclude just now
  | 'already-ignored' // an ignore rule somewhere already covers it
  | 'tracked' // git tracks the file: nothing was changed
  | 'no-repository'; // not in a git repository, or no git

export async function keepOutOfGit(filePath: string): Promise<ExcludeOutcome> {
  let root: string;
  try {
    root = (await runGit(path.dirname(filePath), ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    return 'no-repository';
  }
  // From here on git runs at the top of the repository, where the relative path is rooted.
  const git = (args: string[]) => runGit(root, args).then((out) => out.trim());
  const relative = path.relative(root, filePath).split(path.sep).join('/');
  if (relative.startsWith('../')) return 'no-repository';
  if (
    await git(['ls-files', '--error-unmatch', '--', relative]).then(
      () => true,
      () => false,
    )
  )
    return 'tracked';
  if (
    await git(['check-ignore', '--quiet', '--no-index', '--', relative]).then(
      () => true,
      () => false,
    )
  )
    return 'already-ignored';

  // --git-path finds info/exclude for worktrees and submodules too.
  const excludePath = path.resolve(root, await git(['rev-parse', '--git-path', 'info/exclude']));
  const existing = await fs.readFile(excludePath, 'utf8').catch(() => '');
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  await fs.mkdir(path.dirname(excludePath), { recursive: true });
  await fs.appendFile(excludePath, `${separator}# Growth Log: personal notes about colleagues stay out of commits\n/${escapeGlob(relative)}\n`);
  return 'excluded';
}

/** Escapes the characters gitignore patterns treat specially. */
function escapeGlob(relative: string): string {
  return relative.replace(/[*?[\]\\!#]/g, (character) => `\\${character}`);
}
