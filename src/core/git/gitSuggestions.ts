import * as l10n from '@vscode/l10n';
import type { DisplayLanguage } from '../time/displayLanguage';
import { readGitConfig, runGit } from './gitRepository';

/**
 * Leadership moments that already left a trace in git, proposed for the user to confirm:
 *
 * - a commit of theirs with `Co-authored-by:` naming someone else: pairing, so mentoring;
 * - someone else's commit with `Reviewed-by:` or `Acked-by:` naming them: a code review;
 * - their merge of a branch someone else wrote: a code review;
 * - a commit of theirs touching ADRs or decision records: a decision; RFCs or docs:
 *   communication.
 *
 * Reading is done with the real git binary on the local repository; the rules are pure.
 */

export interface Person {
  readonly name: string;
  readonly email: string;
}

export interface CommitRecord {
  readonly sha: string;
  readonly author: Person;
  /** ISO 8601 author date. */
  readonly date: string;
  readonly parents: readonly string[];
  readonly subject: string;
  readonly trailers: readonly { readonly key: string; readonly value: string }[];
  readonly files: readonly string[];
  /** For a merge: the author of the branch tip it brought in. */
  readonly mergedAuthor?: Person;
}

export interface SuggestedMoment {
  readonly commit: string;
  readonly kind: 'mentoring' | 'code-review' | 'decision' | 'communication';
  readonly summary: string;
  readonly people: string[];
  readonly at: string;
  /** Why this was proposed, shown beside it. */
  readonly reason: string;
}

/** The user's git identity in `repository`, or undefined if `user.email` is not set. */
export async function readGitIdentity(repository: string): Promise<Person | undefined> {
  const [email, name] = await Promise.all([
    readGitConfig(repository, 'user.email'),
    readGitConfig(repository, 'user.name'),
  ]);
  return email?.trim() ? { name: name?.trim() ?? '', email: email.trim() } : undefined;
}

/**
 * What git is asked to print of each commit, field by field. Fields are separated by NUL,
 * the one character git never lets into a commit (it refuses it in messages and cuts a
 * crafted object's text at it), so no subject, name or trailer can pass for another field
 * or another commit, whatever it holds. The record opens with an empty field: file names
 * are never empty, so that is where one commit's list of files ends and the next commit
 * begins.
 */
const COMMIT_FIELDS = ['%H', '%an', '%ae', '%aI', '%P', '%s', '%(trailers:only,unfold)'];
const COMMIT_FORMAT = `%x00${COMMIT_FIELDS.join('%x00')}`;
const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** Commits reachable from HEAD with an author date in [since, until). */
export async function readCommits(repository: string, since: Date, until: Date): Promise<CommitRecord[]> {
  const output = await runGit(repository, [
    'log',
    '-z',
    `--since=${since.toISOString()}`,
    `--until=${until.toISOString()}`,
    `--format=${COMMIT_FORMAT}`,
    '--name-only',
    '--no-color',
    '--end-of-options',
    'HEAD',
  ]);
  const commits = parseCommits(output).filter(
    (commit) => Date.parse(commit.date) >= since.getTime() && Date.parse(commit.date) < until.getTime(),
  );
  return withMergedAuthors(repository, commits);
}

/**
 * Reads `git log -z --name-only` output in COMMIT_FORMAT. With `-z`, git ends the
 * formatted part with a NUL, then, if the commit changed files, writes a newline and
 * each file name followed by a NUL. A record that does not read as such is an error,
 * never a guess.
 */
function parseCommits(output: string): CommitRecord[] {
  const tokens = output.split('\0');
  const commits: CommitRecord[] = [];
  let at = 0;
  // The output ends with a NUL, so the last token is the empty one after it.
  while (at < tokens.length - 1) {
    if (tokens[at] !== '') throw malformed(tokens[at]);
    const fields = tokens.slice(at + 1, at + 1 + COMMIT_FIELDS.length);
    at += 1 + COMMIT_FIELDS.length;
    const files: string[] = [];
    for (; at < tokens.length && tokens[at] !== ''; at++) files.push(tokens[at] ?? '');
    commits.push(commitFrom(fields, filesAfterSeparator(files)));
  }
  return commits;
}

function commitFrom(fields: readonly string[], files: readonly string[]): CommitRecord {
  const [sha = '', name = '', email = '', date = '', parents = '', subject = '', trailers = ''] = fields;
  const parentList = parents.split(' ').filter(Boolean);
  if (
    fields.length !== COMMIT_FIELDS.length ||
    !OBJECT_ID.test(sha) ||
    !parentList.every((parent) => OBJECT_ID.test(parent))
  ) {
    throw malformed(fields.join(' '));
  }
  return { sha, author: { name, email }, date, parents: parentList, subject, trailers: parseTrailers(trailers), files };
}

/** The first file name comes after the newline git puts between a commit's text and its files. */
function filesAfterSeparator(files: readonly string[]): string[] {
  const [first, ...rest] = files;
  if (first === undefined) return [];
  if (!first.startsWith('\n')) throw malformed(first);
  return [first.slice(1), ...rest];
}

/**
 * `%(trailers:only,unfold)` prints one trailer a line, each folded onto a single line, so
 * a value can hold no line break and the split below is exact.
 */
function parseTrailers(text: string): CommitRecord['trailers'] {
  return text
    .split('\n')
    .map((line) => /^([A-Za-z0-9-]+):\s*(.+)$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ key: match[1] ?? '', value: match[2] ?? '' }));
}

function malformed(near: string | undefined): Error {
  return new Error(l10n.t('git log printed something unexpected near {0}', JSON.stringify((near ?? '').slice(0, 80))));
}

/** Merges name the author of the branch they brought in: read in one call for all of them. */
async function withMergedAuthors(repository: string, commits: CommitRecord[]): Promise<CommitRecord[]> {
  const tips = [...new Set(commits.flatMap((commit) => commit.parents.slice(1)))];
  if (tips.length === 0) return commits;
  // -z ends each commit's three fields with a NUL, as they are separated.
  const output = await runGit(repository, [
    'show',
    '-s',
    '-z',
    '--format=%H%x00%an%x00%ae',
    '--end-of-options',
    ...tips,
  ]);
  const tokens = output.split('\0');
  const authors = new Map<string, Person>();
  for (let at = 0; at + 2 < tokens.length; at += 3) {
    authors.set(tokens[at] ?? '', { name: tokens[at + 1] ?? '', email: tokens[at + 2] ?? '' });
  }
  return commits.map((commit) => {
    const tip = commit.parents[1];
    const mergedAuthor = tip ? authors.get(tip) : undefined;
    return mergedAuthor ? { ...commit, mergedAuthor } : commit;
  });
}

/** "Sam Lee <sam@example.com>" */
export function parsePerson(text: string): Person {
  const match = /^(.*?)\s*<([^>]+)>\s*$/.exec(text.trim());
  return match ? { name: match[1] || (match[2] ?? ''), email: match[2] ?? '' } : { name: text.trim(), email: '' };
}

/** Moments `me` could log from `commits`, leaving out those already logged; names are listed in `language`. */
export function suggestMoments(
  commits: readonly CommitRecord[],
  me: Person,
  alreadyLogged: ReadonlySet<string>,
  language: DisplayLanguage,
): SuggestedMoment[] {
  const isMe = (person: Person) =>
    (person.email !== '' && person.email.toLowerCase() === me.email.toLowerCase()) ||
    (person.email === '' && me.name !== '' && person.name === me.name);
  const suggestions: SuggestedMoment[] = [];
  for (const commit of commits) {
    if ([...alreadyLogged].some((logged) => commit.sha.startsWith(logged) || logged.startsWith(commit.sha))) continue;
    const suggestion = suggestionFor(commit, isMe(commit.author), isMe, language);
    if (suggestion) suggestions.push(suggestion);
  }
  return suggestions;
}

const DECISION_PATHS = /(^|\/)(adrs?|decisions?|decision-records?)\//i;
const WRITING_PATHS = /(^|\/)(rfcs?|docs?|design)\//i;

function suggestionFor(
  commit: CommitRecord,
  byMe: boolean,
  isMe: (person: Person) => boolean,
  language: DisplayLanguage,
): SuggestedMoment | undefined {
  const base = { commit: commit.sha, at: new Date(commit.date).toISOString() };
  const trailerPeople = (keys: string[]) =>
    commit.trailers
      .filter((trailer) => keys.includes(trailer.key.toLowerCase()))
      .map((trailer) => parsePerson(trailer.value));

  if (byMe) {
    const pairs = trailerPeople(['co-authored-by']).filter((person) => !isMe(person));
    if (pairs.length > 0) {
      const names = pairs.map((person) => person.name);
      return {
        ...base,
        kind: 'mentoring',
        summary: l10n.t('Paired with {0} on {1}', language.formatList(names), commit.subject),
        people: names,
        reason: l10n.t('co-authored commit'),
      };
    }
    if (commit.parents.length > 1 && commit.mergedAuthor && !isMe(commit.mergedAuthor)) {
      const name = commit.mergedAuthor.name;
      return {
        ...base,
        kind: 'code-review',
        summary: l10n.t("Reviewed and merged {0}'s work: {1}", name, commit.subject),
        people: [name],
        reason: l10n.t('merge of a branch by someone else'),
      };
    }
    if (commit.files.some((file) => DECISION_PATHS.test(file))) {
      return {
        ...base,
        kind: 'decision',
        summary: l10n.t('Recorded a decision: {0}', commit.subject),
        people: [],
        reason: l10n.t('touches decision records'),
      };
    }
    if (commit.files.some((file) => WRITING_PATHS.test(file))) {
      return {
        ...base,
        kind: 'communication',
        summary: l10n.t('Wrote it down: {0}', commit.subject),
        people: [],
        reason: l10n.t('touches RFCs or docs'),
      };
    }
    return undefined;
  }
  if (trailerPeople(['reviewed-by', 'acked-by']).some(isMe)) {
    const name = commit.author.name;
    return {
      ...base,
      kind: 'code-review',
      summary: l10n.t("Reviewed {0}'s change: {1}", name, commit.subject),
      people: [name],
      reason: l10n.t('Reviewed-by you'),
    };
  }
  return undefined;
}
