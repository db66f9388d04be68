import * as l10n from '@vscode/l10n';
import { formatList } from './displayLanguage';
import { runGit } from './gitRepository';

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

const FIELD = '\x1f';
const RECORD = '\x1e';

/** The user's git identity in `repository`, or undefined if `user.email` is not set. */
export async function readGitIdentity(repository: string): Promise<Person | undefined> {
  const read = (key: string) =>
    runGit(repository, ['config', '--get', key]).then(
      (text) => text.trim(),
      () => '',
    );
  const [email, name] = await Promise.all([read('user.email'), read('user.name')]);
  return email ? { name, email } : undefined;
}

/** Commits reachable from HEAD with an author date in [since, until). */
export async function readCommits(repository: string, since: Date, until: Date): Promise<CommitRecord[]> {
  const format = `${RECORD}%H${FIELD}%an${FIELD}%ae${FIELD}%aI${FIELD}%P${FIELD}%s${FIELD}%(trailers:unfold,only)${FIELD}`;
  const output = await runGit(repository, [
    'log',
    `--since=${since.toISOString()}`,
    `--until=${until.toISOString()}`,
    `--format=${format}`,
    '--name-only',
    '--no-color',
    'HEAD',
  ]).catch(() => '');
  const commits = output
    .split(RECORD)
    .filter((record) => record.trim() !== '')
    .map(parseRecord)
    .filter((commit) => Date.parse(commit.date) >= since.getTime() && Date.parse(commit.date) < until.getTime());
  return withMergedAuthors(repository, commits);
}

function parseRecord(record: string): CommitRecord {
  const [sha = '', name = '', email = '', date = '', parents = '', subject = '', trailers = '', files = ''] = record.split(FIELD);
  return {
    sha,
    author: { name, email },
    date,
    parents: parents.split(' ').filter(Boolean),
    subject,
    trailers: trailers
      .split('\n')
      .map((line) => /^([A-Za-z-]+):\s*(.+)$/.exec(line.trim()))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => ({ key: match[1] ?? '', value: match[2] ?? '' })),
    files: files
      .split('\n')
      .map((file) => file.trim())
      .filter(Boolean),
  };
}

async function withMergedAuthors(repository: string, commits: CommitRecord[]): Promise<CommitRecord[]> {
  const tips = [...new Set(commits.flatMap((commit) => (commit.parents.length > 1 ? commit.parents.slice(1) : [])))];
  if (tips.length === 0) return commits;
  const output = await runGit(repository, ['show', '-s', `--format=%H${FIELD}%an${FIELD}%ae`, ...tips]).catch(() => '');
  const authors = new Map<string, Person>();
  for (const line of output.split('\n')) {
    const [sha, name, email] = line.split(FIELD);
    if (sha && email !== undefined) authors.set(sha, { name: name ?? '', email });
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

export function suggestMoments(commits: readonly CommitRecord[], me: Person, alreadyLogged: ReadonlySet<string>): SuggestedMoment[] {
  const isMe = (person: Person) =>
    (person.email !== '' && person.email.toLowerCase() === me.email.toLowerCase()) || (person.email === '' && me.name !== '' && person.name === me.name);
  const suggestions: SuggestedMoment[] = [];
  for (const commit of commits) {
    if ([...alreadyLogged].some((logged) => commit.sha.startsWith(logged) || logged.startsWith(commit.sha))) continue;
    const suggestion = suggestionFor(commit, isMe(commit.author), isMe);
    if (suggestion) suggestions.push(suggestion);
  }
  return suggestions;
}

const DECISION_PATHS = /(^|\/)(adrs?|decisions?|decision-records?)\//i;
const WRITING_PATHS = /(^|\/)(rfcs?|docs?|design)\//i;

function suggestionFor(commit: CommitRecord, byMe: boolean, isMe: (person: Person) => boolean): SuggestedMoment | undefined {
  const base = { commit: commit.sha, at: new Date(commit.date).toISOString() };
  const trailerPeople = (keys: string[]) =>
    commit.trailers.filter((trailer) => keys.includes(trailer.key.toLowerCase())).map((trailer) => parsePerson(trailer.value));

  if (byMe) {
    const pairs = trailerPeople(['co-authored-by']).filter((person) => !isMe(person));
    if (pairs.length > 0) {
      const names = pairs.map((person) => person.name);
      return {
        ...base,
        kind: 'mentoring',
        summary: l10n.t('Paired with {0} on {1}', formatList(names), commit.subject),
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
      return { ...base, kind: 'decision', summary: l10n.t('Recorded a decision: {0}', commit.subject), people: [], reason: l10n.t('touches decision records') };
    }
    if (commit.files.some((file) => WRITING_PATHS.test(file))) {
      return { ...base, kind: 'communication', summary: l10n.t('Wrote it down: {0}', commit.subject), people: [], reason: l10n.t('touches RFCs or docs') };
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
