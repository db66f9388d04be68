import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { runGit, unlessGitSaysNo, withoutFinalNewline } from './gitRepository';

/**
 * Keeps the log out of git without touching files the team shares: the log's path is
 * added to the repository's own `.git/info/exclude`, never to `.gitignore`. A log that
 * git already tracks is left alone (excluding it would not untrack it, and rewriting
 * history is not ours to do); the caller tells the user instead.
 *
 * 'excluded' is only said once git itself confirms it now ignores the file. A file name
 * no exclude pattern can express, or a pattern git does not honour (a `.gitignore` can
 * re-include what `.git/info/exclude` leaves out), is an error with a message that says so.
 */
export type ExcludeOutcome =
  | 'excluded' // the path was added to .git/info/exclude just now, and git ignores it
  | 'already-ignored' // an ignore rule somewhere already covers it
  | 'tracked' // git tracks the file: nothing was changed
  | 'no-repository'; // not in a git repository, or no git

export async function keepOutOfGit(filePath: string): Promise<ExcludeOutcome> {
  const root = await repositoryRoot(path.dirname(filePath));
  if (root === undefined) return 'no-repository';
  const relative = path.relative(root, filePath).split(path.sep).join('/');
  if (relative === '' || relative.startsWith('../') || path.isAbsolute(relative)) return 'no-repository';

  // From here on git runs at the top of the repository, where the relative path is rooted.
  if (await isTracked(root, relative)) return 'tracked';
  if (await isIgnored(root, relative)) return 'already-ignored';

  const pattern = excludePattern(relative);
  // --git-path finds info/exclude for worktrees and submodules too.
  const excludePath = path.resolve(
    root,
    withoutFinalNewline(await runGit(root, ['rev-parse', '--git-path', 'info/exclude'])),
  );
  await appendPatternOnce(excludePath, pattern);
  if (!(await isIgnored(root, relative))) {
    throw new Error(
      l10n.t(
        '{0} was added to {1}, but git does not confirm that it now ignores the file; a rule in a .gitignore (a line starting with "!") may bring it back',
        relative,
        excludePath,
      ),
    );
  }
  return 'excluded';
}

async function repositoryRoot(folder: string): Promise<string | undefined> {
  try {
    return withoutFinalNewline(await runGit(folder, ['rev-parse', '--show-toplevel']));
  } catch {
    // Not inside a repository, or no git installed: there is nothing to keep the log out of.
    return undefined;
  }
}

/** `--literal-pathspecs`: a `*` or `?` in the name is that character, not a wildcard. */
function isTracked(root: string, relative: string): Promise<boolean> {
  return succeeds(runGit(root, ['--literal-pathspecs', 'ls-files', '--error-unmatch', '--', relative]));
}

/**
 * Whether an ignore rule covers the file, whether or not git tracks it. `check-ignore`
 * takes names literally but reads a leading `:` as pathspec magic (and refuses
 * `--literal-pathspecs`), hence the `./`.
 */
function isIgnored(root: string, relative: string): Promise<boolean> {
  return succeeds(runGit(root, ['check-ignore', '--quiet', '--no-index', '--', `./${relative}`]));
}

/** Whether git answered yes (exit code 0) rather than no (1). */
async function succeeds(command: Promise<string>): Promise<boolean> {
  return (await unlessGitSaysNo(command)) !== undefined;
}

/**
 * The `.git/info/exclude` line that matches exactly `relative` from the top of the
 * repository: anchored with a leading `/`, with every character git gives a meaning
 * escaped (`#` and `!` would start a comment or a negation, `*`, `?`, `[` and `\` are
 * wildcard syntax, and git drops trailing spaces that are not escaped). A pattern is one
 * line, so a name with a line break in it cannot be written as one.
 */
function excludePattern(relative: string): string {
  if (/[\r\n]/.test(relative)) {
    throw new Error(
      l10n.t(
        'the file name {0} holds a line break, which a .git/info/exclude pattern cannot express',
        JSON.stringify(relative),
      ),
    );
  }
  const escaped = relative
    .replace(/[*?[\]\\!#]/g, (character) => `\\${character}`)
    .replace(/ +$/, (spaces) => spaces.replace(/ /g, '\\ '));
  return `/${escaped}`;
}

/** Appends `pattern` with a comment saying why, unless the file has that line already. */
async function appendPatternOnce(excludePath: string, pattern: string): Promise<void> {
  const existing = await fs.readFile(excludePath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  if (existing.split(/\r?\n/).includes(pattern)) return;
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  await fs.mkdir(path.dirname(excludePath), { recursive: true });
  await fs.appendFile(
    excludePath,
    `${separator}# Growth Log: personal notes about colleagues stay out of commits\n${pattern}\n`,
  );
}
