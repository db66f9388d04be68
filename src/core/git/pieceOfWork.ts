/**
 * Which piece of work a commit belongs to, so that one pull request is proposed once however
 * many traces it left: its review trailer on a commit of the branch, the merge that brought
 * the branch in, and the user's exported review history all name the same work.
 *
 * A piece of work is keyed by its pull request number when git's history names one (a
 * forge's `Merge pull request #12 from …` or a squash subject ending in `(#12)`), else by
 * the merge commit that brought its branch in, else by the commit itself.
 */

export interface CommitShape {
  readonly sha: string;
  readonly parents: readonly string[];
  readonly subject: string;
}

/** `Merge pull request #12 from ana/cache`: the merge commit GitHub writes. */
const MERGE_PULL_REQUEST = /^Merge pull request #(\d+) from (\S+)/;

export interface ForgeSubject {
  readonly pullRequest: number;
  /** What the change did, without the forge's number; undefined for a merge's own subject. */
  readonly title?: string;
  /** `ana/cache`: the branch a merge brought in. */
  readonly branch?: string;
}

/** The pull request a subject names, as a forge writes it, if any. */
export function readForgeSubject(subject: string): ForgeSubject | undefined {
  const merge = MERGE_PULL_REQUEST.exec(subject);
  if (merge) return { pullRequest: Number(merge[1]), branch: merge[2] };
  const squash = splitPullRequestSuffix(subject);
  if (squash && squash.before !== '') return { pullRequest: squash.pullRequest, title: squash.before };
  return undefined;
}

/**
 * `Cache invalidation by key (#12)`: a squash merge on GitHub names its pull request last.
 * The number, and what comes before it without the white space between; undefined when
 * the text does not end so. Read from the end, character by character: a pattern of
 * white space before an anchored end backtracks at every space of a long run.
 */
export function splitPullRequestSuffix(text: string): { before: string; pullRequest: number } | undefined {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(')')) return undefined;
  let start = trimmed.length - 1;
  while (start > 0 && isDigit(trimmed.charCodeAt(start - 1))) start--;
  const digits = trimmed.slice(start, -1);
  if (digits === '' || start < 2 || !trimmed.startsWith('(#', start - 2)) return undefined;
  return { before: trimmed.slice(0, start - 2).trimEnd(), pullRequest: Number(digits) };
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The key of pull request `number` of this repository. */
export function pullRequestKey(number: number): string {
  return `pr:${number}`;
}

/** The number of this repository's pull request a piece of work is, if it is one. */
export function pullRequestOfWork(work: string): number | undefined {
  const number = /^pr:(\d+)$/.exec(work)?.[1];
  return number === undefined ? undefined : Number(number);
}

/**
 * The piece of work of each commit, by SHA. The first-parent line from each newest commit
 * is the mainline; every other commit belongs to the merge whose second (or later) parent
 * reaches it first. Only `commits` are walked (a period's worth), so each is visited once.
 */
export function piecesOfWork(commits: readonly CommitShape[]): Map<string, string> {
  const bySha = new Map(commits.map((commit) => [commit.sha, commit]));
  const isParent = new Set(commits.flatMap((commit) => commit.parents));
  const work = new Map<string, string>();
  const keyOf = (commit: CommitShape) => {
    const forge = readForgeSubject(commit.subject);
    return forge ? pullRequestKey(forge.pullRequest) : `commit:${commit.sha}`;
  };

  const mainline: CommitShape[] = [];
  for (const tip of commits.filter((commit) => !isParent.has(commit.sha))) {
    for (let at: CommitShape | undefined = tip; at && !work.has(at.sha); at = bySha.get(at.parents[0] ?? '')) {
      work.set(at.sha, keyOf(at));
      mainline.push(at);
    }
  }
  for (const merge of mainline.filter((commit) => commit.parents.length > 1)) {
    const key = work.get(merge.sha) ?? keyOf(merge);
    const pending = merge.parents.slice(1);
    for (let sha = pending.pop(); sha !== undefined; sha = pending.pop()) {
      const commit = bySha.get(sha);
      if (!commit || work.has(sha)) continue;
      work.set(sha, key);
      pending.push(...commit.parents);
    }
  }
  return work;
}
