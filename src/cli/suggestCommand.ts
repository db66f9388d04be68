import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readGitHead } from '../core/git/gitRepository';
import { type Person, readGitIdentity, type SuggestedMoment, suggestFromRepository } from '../core/git/gitSuggestions';
import { type ImportedReview, parseReviewHistory } from '../core/git/reviewHistory';
import { loggedTraces, suggestionLinks } from '../core/git/suggestionMoments';
import { isCode } from '../core/storage/fileLock';
import { DisplayLanguage } from '../core/time/displayLanguage';
import { formatLocalDate } from '../core/time/calendar';
import type { WeekStartDay } from '../shared/enums';
import { UsageError } from './cliError';
import { type CommandOutput, type CommonOptions, choosePeriod, readLogFile } from './commands';
import type { PeriodArguments } from './periodOptions';
import { oneLine, widest } from './terminalText';

/**
 * `growth-log suggest`: the moments Suggest Moments from Git History would propose, for a
 * terminal user and for tests. Reads git and the given files only; writes nothing.
 */

export interface SuggestOptions extends CommonOptions, PeriodArguments {
  /** A folder inside the repository; the current folder when absent. */
  readonly repo?: string;
  /** Who "me" is in git; `git config user.email` of the repository when absent. */
  readonly author?: string;
  /** A review history exported with `gh search prs --reviewed-by=@me --json …`. */
  readonly reviews?: string;
  readonly json: boolean;
  readonly weekStartsOn: WeekStartDay;
}

export async function suggestCommand(options: SuggestOptions): Promise<CommandOutput> {
  const period = choosePeriod(options);
  const folder = path.resolve(options.repo ?? '.');
  const head = await readGitHead(folder);
  if (!head) throw new UsageError(`${folder} is not in a git repository with commits (--repo names one)`);
  const me = await whoAmI(head.root, options.author);
  const reviews = options.reviews === undefined ? [] : await readReviews(options.reviews);
  const suggestions = await suggestFromRepository({
    root: head.root,
    me,
    from: period.from,
    to: period.to,
    alreadyLogged: loggedTraces((await readLogIfAny(options.file))?.moments ?? []),
    language: new DisplayLanguage('en'),
    reviews,
    remoteUrl: head.remoteUrl,
  });
  // With the links the palette command logs: the pull request and commits on the remote's forge.
  const linked = suggestions.map((suggestion) => ({
    ...suggestion,
    links: suggestionLinks(suggestion, head.remoteUrl),
  }));
  if (options.json) return { stdout: `${JSON.stringify(linked.map(asJson), null, 2)}\n` };
  if (linked.length === 0)
    return {
      stdout: '',
      stderr: `${oneLine(`nothing new to suggest for ${period.label.toLowerCase()} (as ${me.email})`)}\n`,
    };
  const width = widest(linked.map((suggestion) => suggestion.kind));
  return { stdout: `${linked.map((suggestion) => asLine(suggestion, width)).join('\n')}\n` };
}

async function whoAmI(root: string, author: string | undefined): Promise<Person> {
  if (author !== undefined) {
    if (!author.includes('@')) throw new UsageError(`--author takes an email address (got "${author}")`);
    return { name: '', email: author.trim() };
  }
  const me = await readGitIdentity(root);
  if (!me) throw new UsageError('git user.email is not set in this repository; set it or give --author EMAIL');
  return me;
}

async function readReviews(file: string): Promise<readonly ImportedReview[]> {
  const text = await fs.readFile(file, 'utf8').catch((error: unknown) => {
    throw new UsageError(`--reviews ${file}: ${(error as Error).message}`);
  });
  const history = parseReviewHistory(text, file);
  if (!history.ok) throw new UsageError(`--reviews ${history.error}`);
  return history.reviews;
}

/** The log, so that what is logged is not proposed again; no log yet means nothing is logged. */
async function readLogIfAny(file: string) {
  try {
    await fs.stat(file);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined;
  }
  return readLogFile(file);
}

/** The fields the JSON output promises, in a fixed order. */
function asJson(suggestion: SuggestedMoment) {
  const { kind, summary, people, at, commits, reason, links } = suggestion;
  return { kind, summary, people, at, commits, reason, links };
}

/** One line per suggestion, whatever line breaks a review's title or a commit's trailer holds. */
function asLine(suggestion: SuggestedMoment, kindWidth: number): string {
  const where = suggestion.commits[0]?.slice(0, 7) ?? suggestion.links[0] ?? '';
  const kind = suggestion.kind.padEnd(kindWidth);
  return oneLine(
    `${formatLocalDate(new Date(suggestion.at))}  ${kind}  ${suggestion.summary}  (${suggestion.reason}; ${where})`,
  );
}
