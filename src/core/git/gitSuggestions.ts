import * as l10n from '@vscode/l10n';
import type { DisplayLanguage } from '../time/displayLanguage';
import { readGitConfig, runGit } from './gitRepository';
import { boundedGitText } from './gitText';
import { piecesOfWork, pullRequestKey, pullRequestOfWork, readForgeSubject } from './pieceOfWork';
import { parseRemote } from './forgeLinks';
import { type ImportedReview, reviewsWithin } from './reviewHistory';
import { type Deed, deedOfTrailer, describeDeed } from './suggestionWording';
import { builtInTrailerKinds, type TrailerKinds } from './trailerKinds';

/**
 * Leadership moments that already left a trace in git, proposed for the user to confirm:
 *
 * - a commit of theirs with `Co-authored-by:` naming someone else: pairing, so mentoring;
 * - someone else's commit with a trailer naming them (`Reviewed-by:`, `Helped-by:`,
 *   `Suggested-by:`…, see trailerKinds.ts): a moment of that trailer's kind;
 * - their merge of a branch someone else wrote: a code review;
 * - a commit of theirs touching ADRs or decision records: a decision; RFCs or docs:
 *   communication;
 * - the reviews in a history they exported from their forge (reviewHistory.ts).
 *
 * One piece of work is proposed once (pieceOfWork.ts). Reading is done with the real git
 * binary on the local repository; the rules are pure.
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
  /** For a merge: what the branch did, from the merge's own description, else the branch tip's subject. */
  readonly mergedSubject?: string;
}

export interface SuggestedMoment {
  /** The piece of work (`pr:12`, `commit:<sha>`): one suggestion each. */
  readonly work: string;
  /** Every commit of the work that named the user, newest first; none for an imported review alone. */
  readonly commits: readonly string[];
  readonly kind: string;
  readonly summary: string;
  readonly people: readonly string[];
  readonly at: string;
  /** Why this was proposed, shown beside it. */
  readonly reason: string;
  /** Web addresses the work already has (the pull request of an imported review). */
  readonly links: readonly string[];
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

/**
 * Commits reachable from HEAD with an author date in [since, until). Aborting `signal`
 * ends the git process and rejects with an AbortError.
 */
export async function readCommits(
  repository: string,
  since: Date,
  until: Date,
  signal?: AbortSignal,
): Promise<CommitRecord[]> {
  const output = await runGit(
    repository,
    [
      'log',
      '-z',
      `--since=${since.toISOString()}`,
      `--until=${until.toISOString()}`,
      `--format=${COMMIT_FORMAT}`,
      '--name-only',
      '--no-color',
      '--end-of-options',
      'HEAD',
    ],
    {},
    signal,
  );
  const commits = parseCommits(output).filter(
    (commit) => Date.parse(commit.date) >= since.getTime() && Date.parse(commit.date) < until.getTime(),
  );
  return withMergedAuthors(repository, commits, signal);
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
  return {
    sha,
    author: { name: boundedGitText(name), email: boundedGitText(email) },
    date,
    parents: parentList,
    subject: boundedGitText(subject),
    trailers: parseTrailers(trailers),
    files,
  };
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
  return text.split('\n').flatMap((line) => {
    const trailer = parseTrailer(line);
    return trailer ? [trailer] : [];
  });
}

const TRAILER_KEY = /^[A-Za-z0-9-]+$/;
/** What `.` in a pattern does not match: a name or value holding one is read as no name or value. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** `Key: value`; undefined for a line that is none. Split at the colon, not by a pattern that backtracks on long runs of white space. */
function parseTrailer(line: string): { key: string; value: string } | undefined {
  const trimmed = line.trim();
  const colon = trimmed.indexOf(':');
  const key = trimmed.slice(0, Math.max(colon, 0));
  const value = boundedGitText(trimmed.slice(colon + 1).trimStart());
  return TRAILER_KEY.test(key) && value !== '' && !LINE_BREAK.test(value)
    ? { key: boundedGitText(key), value }
    : undefined;
}

function malformed(near: string | undefined): Error {
  return new Error(l10n.t('git log printed something unexpected near {0}', JSON.stringify((near ?? '').slice(0, 80))));
}

/**
 * Merges name the author of the branch they brought in, and a forge's merge says in its
 * body what the pull request was: both read in one call for all merges.
 */
async function withMergedAuthors(
  repository: string,
  commits: CommitRecord[],
  signal?: AbortSignal,
): Promise<CommitRecord[]> {
  const merges = commits.filter((commit) => commit.parents.length > 1);
  const tips = merges.flatMap((commit) => commit.parents.slice(1, 2));
  if (tips.length === 0) return commits;
  // -z ends each commit's fields with a NUL, as they are separated. The commits go on
  // standard input, so hundreds of merges never make a command line too long.
  const output = await runGit(
    repository,
    ['show', '-s', '-z', '--format=%H%x00%an%x00%ae%x00%s%x00%b', '--stdin', '--end-of-options'],
    {},
    signal,
    `${[...new Set([...tips, ...merges.map((merge) => merge.sha)])].join('\n')}\n`,
  );
  const tokens = output.split('\0');
  const shown = new Map<string, { author: Person; subject: string; body: string }>();
  for (let at = 0; at + 4 < tokens.length; at += 5) {
    shown.set(tokens[at] ?? '', {
      author: { name: boundedGitText(tokens[at + 1] ?? ''), email: boundedGitText(tokens[at + 2] ?? '') },
      subject: boundedGitText(tokens[at + 3] ?? ''),
      body: tokens[at + 4] ?? '',
    });
  }
  return commits.map((commit) => {
    const tip = commit.parents[1] ? shown.get(commit.parents[1]) : undefined;
    if (!tip) return commit;
    const description = descriptionOf(shown.get(commit.sha)?.body ?? '');
    return { ...commit, mergedAuthor: tip.author, mergedSubject: description ?? tip.subject };
  });
}

/** The first line of a body, unless it opens the trailers: GitHub writes a pull request's title there. */
function descriptionOf(body: string): string | undefined {
  const first = boundedGitText(body.trim().split('\n')[0]?.trim() ?? '');
  return first && !/^[A-Za-z0-9-]+:\s/.test(first) ? first : undefined;
}

/**
 * "Sam Lee <sam@example.com>"; a name alone without an e-mail address. The address is
 * what stands between the first `<` after any earlier `>` and the final `>`; found by
 * searching for those characters, not by a pattern that backtracks over every `<`.
 */
export function parsePerson(text: string): Person {
  const trimmed = text.trim();
  const close = trimmed.length - 1;
  if (trimmed[close] !== '>') return { name: trimmed, email: '' };
  const open = trimmed.indexOf('<', trimmed.lastIndexOf('>', close - 1) + 1);
  const name = trimmed.slice(0, open).trimEnd();
  if (open < 0 || open + 1 === close || LINE_BREAK.test(name)) return { name: trimmed, email: '' };
  const email = trimmed.slice(open + 1, close);
  return { name: name || email, email };
}

export interface SuggestOptions {
  /** Trailer key → kind; the built-in map when not given. */
  readonly trailerKinds?: TrailerKinds;
  /** Reviews from the user's exported forge history, already within the period. */
  readonly reviews?: readonly ImportedReview[];
  /** `owner/repo` of the local repository on its forge, so its pull requests match imported ones. */
  readonly repository?: string;
}

/**
 * Moments `me` could log from `commits` (and imported reviews), one per piece of work,
 * newest first, leaving out what is already logged: `alreadyLogged` holds commit SHAs
 * (full or short) and links of logged moments. Names are listed in `language`.
 */
export function suggestMoments(
  commits: readonly CommitRecord[],
  me: Person,
  alreadyLogged: ReadonlySet<string>,
  language: DisplayLanguage,
  options: SuggestOptions = {},
): SuggestedMoment[] {
  const isMe = (person: Person) =>
    (person.email !== '' && person.email.toLowerCase() === me.email.toLowerCase()) ||
    (person.email === '' && me.name !== '' && person.name.toLowerCase() === me.name.toLowerCase());
  const work = piecesOfWork(commits);
  const trailerKinds = options.trailerKinds ?? builtInTrailerKinds();
  const candidates: Candidate[] = [];
  for (const commit of commits) {
    const candidate = candidateFor(commit, isMe, trailerKinds, language);
    if (candidate) candidates.push({ ...candidate, work: work.get(commit.sha) ?? `commit:${commit.sha}` });
  }
  for (const review of options.reviews ?? []) candidates.push(candidateForReview(review, options.repository, language));
  const isLogged = loggedCheck(alreadyLogged);
  return onePerPieceOfWork(candidates)
    .filter((suggestion) => !isLogged(suggestion))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** A suggestion before pieces of work are merged; the lower `rank`, the better it speaks for its work. */
interface Candidate extends SuggestedMoment {
  readonly rank: number;
}

/**
 * Which trace speaks for a piece of work when several do: the rarer leadership signal
 * first (mentoring, then initiative, then any other kind, then review), and among
 * reviews the merge, which names the whole work, before an imported review and a trailer.
 */
function rankOf(kind: string, source: 'merge' | 'review' | 'commit'): number {
  const kindRank = KIND_RANKS.get(kind) ?? 2;
  return kindRank * 3 + { merge: 0, review: 1, commit: 2 }[source];
}

/** A map, not an object: a kind of the user's own may be called `constructor`. */
const KIND_RANKS: ReadonlyMap<string, number> = new Map([
  ['mentoring', 0],
  ['initiative', 1],
  ['code-review', 3],
  ['decision', 4],
  ['communication', 5],
]);

function onePerPieceOfWork(candidates: readonly Candidate[]): SuggestedMoment[] {
  const byWork = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const traces = byWork.get(candidate.work);
    if (traces) traces.push(candidate);
    else byWork.set(candidate.work, [candidate]);
  }
  return [...byWork.values()].flatMap((traces) => {
    const [best, ...others] = [...traces].sort((a, b) => a.rank - b.rank);
    if (!best) return [];
    const { rank: _rank, ...speaker } = best;
    const suggestion = { ...speaker, summary: namingPullRequest(speaker.summary, speaker.work) };
    if (others.length === 0) return [suggestion];
    const byTime = [...traces].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    return [
      {
        ...suggestion,
        commits: unique(byTime.flatMap((trace) => trace.commits)),
        people: unique(traces.flatMap((trace) => trace.people)),
        at: byTime[0]?.at ?? suggestion.at,
        reason: unique(traces.map((trace) => trace.reason)).join('; '),
        links: unique(traces.flatMap((trace) => trace.links)),
      },
    ];
  });
}

/**
 * A pull request's suggestion ends with its number, whichever of its traces speaks for it
 * (a co-authored commit of the branch names none itself).
 */
function namingPullRequest(summary: string, work: string): string {
  const pullRequest = pullRequestOfWork(work);
  if (pullRequest === undefined || summary.endsWith(`(#${pullRequest})`)) return summary;
  return l10n.t('{0} (#{1})', summary, pullRequest);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Whether a suggestion is logged already: any of its commits (a logged SHA may be short) or links. */
function loggedCheck(alreadyLogged: ReadonlySet<string>): (suggestion: SuggestedMoment) => boolean {
  const shortShas = [...alreadyLogged].filter((entry) => /^[0-9a-f]{4,39}$/i.test(entry));
  const isLoggedCommit = (sha: string) =>
    alreadyLogged.has(sha) || shortShas.some((short) => sha.startsWith(short.toLowerCase()));
  return (suggestion) =>
    suggestion.commits.some(isLoggedCommit) || suggestion.links.some((link) => alreadyLogged.has(link));
}

const DECISION_PATHS = /(^|\/)(adrs?|decisions?|decision-records?)\//i;
const WRITING_PATHS = /(^|\/)(rfcs?|docs?|design)\//i;

function candidateFor(
  commit: CommitRecord,
  isMe: (person: Person) => boolean,
  trailerKinds: TrailerKinds,
  language: DisplayLanguage,
): Omit<Candidate, 'work'> | undefined {
  const forge = readForgeSubject(commit.subject);
  const at = new Date(commit.date).toISOString();
  const make = (
    kind: string,
    deed: Deed,
    people: string[],
    reason: string,
    source: 'merge' | 'commit' = 'commit',
    subject = commit.subject,
  ) => ({
    commits: [commit.sha],
    kind,
    summary: describeDeed(deed, subject, forge?.pullRequest, language),
    people,
    at,
    reason,
    links: [],
    rank: rankOf(kind, source),
  });
  const named = (key: string) =>
    commit.trailers.filter((trailer) => trailer.key.toLowerCase() === key).map((trailer) => parsePerson(trailer.value));

  if (isMe(commit.author)) {
    const pairingKind = trailerKinds.get('co-authored-by');
    const pairs = pairingKind ? named('co-authored-by').filter((person) => !isMe(person)) : [];
    if (pairingKind && pairs.length > 0) {
      const names = pairs.map((person) => person.name);
      return make(pairingKind, { type: 'paired', with: names }, names, l10n.t('co-authored commit'));
    }
    if (commit.parents.length > 1 && commit.mergedAuthor && !isMe(commit.mergedAuthor)) {
      const name = commit.mergedAuthor.name;
      const subject = forge?.title ?? commit.mergedSubject ?? commit.subject;
      const reason = l10n.t('your merge of work by someone else');
      return make('code-review', { type: 'merged', author: name }, [name], reason, 'merge', subject);
    }
    if (commit.files.some((file) => DECISION_PATHS.test(file))) {
      return make('decision', { type: 'decided' }, [], l10n.t('touches decision records'));
    }
    if (commit.files.some((file) => WRITING_PATHS.test(file))) {
      return make('communication', { type: 'wrote' }, [], l10n.t('touches RFCs or docs'));
    }
    return undefined;
  }
  const naming = commit.trailers
    .flatMap((trailer) => {
      const kind = trailerKinds.get(trailer.key.toLowerCase());
      return kind && isMe(parsePerson(trailer.value)) ? [{ key: trailer.key, kind }] : [];
    })
    .sort((a, b) => rankOf(a.kind, 'commit') - rankOf(b.kind, 'commit'));
  const trailer = naming[0];
  if (!trailer) return undefined;
  const name = commit.author.name;
  return make(trailer.kind, deedOfTrailer(trailer.key, name), [name], l10n.t('{0} you', trailer.key));
}

/** An imported review as a suggestion; its pull request is keyed as git's are when it is of this repository. */
function candidateForReview(
  review: ImportedReview,
  repository: string | undefined,
  language: DisplayLanguage,
): Candidate {
  const here = repository !== undefined && review.repository.toLowerCase() === repository.toLowerCase();
  const sentence = describeDeed({ type: 'reviewed', author: review.author }, review.title, review.number, language);
  return {
    work: here ? pullRequestKey(review.number) : `pr:${review.repository.toLowerCase()}#${review.number}`,
    commits: [],
    kind: 'code-review',
    summary: here ? sentence : l10n.t('{0} in {1}', sentence, review.repository),
    people: [review.author],
    at: review.at,
    reason: l10n.t('in your exported review history'),
    links: [review.url],
    rank: rankOf('code-review', 'review'),
  };
}

export interface RepositorySuggestionRequest {
  /** The repository's top folder. */
  readonly root: string;
  readonly me: Person;
  readonly from: Date;
  readonly to: Date;
  /** Commits and links already logged (`loggedTraces`). */
  readonly alreadyLogged: ReadonlySet<string>;
  readonly language: DisplayLanguage;
  readonly trailerKinds?: TrailerKinds;
  /** The whole imported review history; only the period's are proposed. */
  readonly reviews?: readonly ImportedReview[];
  /** The remote's fetch URL, to match imported reviews to this repository's pull requests. */
  readonly remoteUrl?: string;
  readonly signal?: AbortSignal;
  /** Propose imported reviews only: there is no repository to read. */
  readonly withoutGit?: boolean;
}

/** What the palette command and `growth-log suggest` both propose for a repository and a period. */
export async function suggestFromRepository(request: RepositorySuggestionRequest): Promise<SuggestedMoment[]> {
  const commits = request.withoutGit ? [] : await readCommits(request.root, request.from, request.to, request.signal);
  return suggestMoments(commits, request.me, request.alreadyLogged, request.language, {
    trailerKinds: request.trailerKinds,
    reviews: reviewsWithin(request.reviews ?? [], request.from, request.to),
    repository: request.remoteUrl ? ownerAndName(request.remoteUrl) : undefined,
  });
}

/** `acme/sample` for a remote on a forge, as `gh` names a repository. */
function ownerAndName(remoteUrl: string): string | undefined {
  const web = parseRemote(remoteUrl)?.webUrl;
  return web ? new URL(web).pathname.replace(/^\/+/, '') : undefined;
}
