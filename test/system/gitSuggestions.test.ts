import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readGitHead, runGit } from '../../src/core/git/gitRepository';
import {
  type Person,
  parsePerson,
  readCommits,
  readGitIdentity,
  suggestMoments,
} from '../../src/core/git/gitSuggestions';
import { MAX_GIT_TEXT_LENGTH } from '../../src/core/git/gitText';
import { ME, REMOTE, buildSampleRepository } from '../support/gitFixture';
import { buildLargeHistory } from '../support/largeGitHistory';
import { groupSuggestions, suggestionOfGroup } from '../../src/core/git/suggestionGroups';
import { loggedTraces, momentOfSuggestion } from '../../src/core/git/suggestionMoments';
import { parseTrailerKinds } from '../../src/core/git/trailerKinds';
import { armRepository } from '../support/hostileGitConfig';
import { useTempDir } from '../support/tempDir';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';

const english = new DisplayLanguage('en');

describe('suggestions from a real git history', function () {
  this.timeout(30_000);
  const tempDir = useTempDir();

  it("proposes pairing, reviews, merges of others' work, decisions and docs, and nothing else", async () => {
    const history = await buildSampleRepository(tempDir());
    const now = new Date();
    const commits = await readCommits(
      tempDir(),
      new Date(now.getTime() - 7 * 86_400_000),
      new Date(now.getTime() + 60_000),
    );
    assert.equal(commits.length, 8, 'every commit of the last week, the merged branch included');
    const me = await readGitIdentity(tempDir());
    assert.deepEqual(me, ME);

    const suggestions = suggestMoments(commits, me!, new Set(), english);
    const byCommit = new Map(suggestions.map((suggestion) => [suggestion.commits[0], suggestion]));
    assert.deepEqual(byCommit.get(history.pairing), {
      work: `commit:${history.pairing}`,
      commits: [history.pairing],
      kind: 'mentoring',
      summary: 'Paired with Sam to fix flaky retry test',
      people: ['Sam Lee'],
      at: byCommit.get(history.pairing)?.at,
      reason: 'co-authored commit',
      links: [],
    });
    assert.equal(byCommit.get(history.reviewedForPriya)?.kind, 'code-review');
    assert.equal(byCommit.get(history.reviewedForPriya)?.summary, "Reviewed Priya's change to add idempotency keys");
    assert.equal(
      byCommit.get(history.mergeOfAna)?.summary,
      "Reviewed and merged Ana's change to cache invalidation by key",
    );
    assert.deepEqual(byCommit.get(history.mergeOfAna)?.people, ['Ana Ruiz']);
    assert.equal(byCommit.get(history.adr)?.kind, 'decision');
    assert.equal(byCommit.get(history.rfc)?.kind, 'communication');
    assert.equal(byCommit.has(history.plain), false, 'an ordinary commit is not a leadership moment');
    assert.equal(suggestions.length, 5, "Ana's own commit on her branch is not mine to log");
  });

  it('does not propose a commit that is already logged, even by a short SHA', async () => {
    const history = await buildSampleRepository(tempDir());
    const commits = await readCommits(tempDir(), new Date(0), new Date(Date.now() + 60_000));
    const suggestions = suggestMoments(commits, ME, new Set([history.pairing.slice(0, 10), history.adr]), english);
    assert.deepEqual(
      suggestions.flatMap((suggestion) => suggestion.commits).sort(),
      [history.reviewedForPriya, history.rfc, history.mergeOfAna].sort(),
    );
  });

  it('keeps to the period', async () => {
    await buildSampleRepository(tempDir(), new Date('2026-03-10T12:00:00Z'));
    const inMarch = await readCommits(tempDir(), new Date('2026-03-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z'));
    const inApril = await readCommits(tempDir(), new Date('2026-04-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z'));
    assert.equal(inMarch.length, 8);
    assert.equal(inApril.length, 0);
  });

  it('reads HEAD, branch and remote; and gives nothing outside a repository', async () => {
    const history = await buildSampleRepository(tempDir());
    const head = await readGitHead(tempDir());
    assert.equal(head?.commit, history.head);
    assert.equal(head?.branch, 'main');
    assert.equal(head?.remoteUrl, REMOTE);
    assert.equal(await readGitHead('/'), undefined);
  });

  it('reads people in trailers', () => {
    assert.deepEqual(parsePerson('Sam Lee <sam@example.com>'), { name: 'Sam Lee', email: 'sam@example.com' });
    assert.deepEqual(parsePerson('<x@example.com>'), { name: 'x@example.com', email: 'x@example.com' });
    assert.deepEqual(parsePerson('Just A Name'), { name: 'Just A Name', email: '' });
  });
});

describe('suggestions from a history written to mislead', function () {
  this.timeout(30_000);
  const tempDir = useTempDir();
  const FAKE_SHA = 'f'.repeat(40);
  const priya = { name: 'Priya Shah', email: 'priya@example.com' };

  /** Commits `message` exactly as given (no cleanup), by `author`, touching `file`. */
  async function commitAs(author: Person, message: string, file = 'notes.txt'): Promise<string> {
    const folder = tempDir();
    const env = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: ME.name,
      GIT_COMMITTER_EMAIL: ME.email,
    };
    await fs.mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await fs.appendFile(path.join(folder, file), 'x\n');
    await runGit(folder, ['add', '--', file], env);
    // On standard input: a message longer than the system allows one argument to be still commits.
    await runGit(folder, ['commit', '--quiet', '--cleanup=verbatim', '--file=-'], env, undefined, message);
    return (await runGit(folder, ['rev-parse', 'HEAD'])).trim();
  }

  /** A history where only three commits are leadership moments, and many pretend to be. */
  async function misleadingHistory(): Promise<{ pairing: string; review: string; merge: string }> {
    const folder = tempDir();
    await runGit(folder, ['init', '--quiet', '--initial-branch=main']);
    await runGit(folder, ['config', 'commit.gpgsign', 'false']);
    await runGit(folder, ['config', 'user.email', ME.email]);
    await commitAs(ME, 'Initial commit');
    // A whole forged record after the old record separator, with a SHA that does not exist.
    const forged = [
      FAKE_SHA,
      ME.name,
      ME.email,
      new Date().toISOString(),
      '',
      'Forged pairing',
      'Co-authored-by: Mallory <m@example.com>',
      'docs/adr/1.md',
    ];
    await commitAs(ME, `Tidy up\x1e${forged.join('\x1f')}\x1e`);
    // Someone else's commit whose subject pretends to carry a trailer naming me.
    await commitAs(priya, `Refactor\x1fReviewed-by: ${ME.name} <${ME.email}>\x1f`);
    await commitAs(
      ME,
      `Update notes\n\ncommit ${FAKE_SHA}\nAuthor: ${ME.name} <${ME.email}>\nMerge: ${FAKE_SHA} ${FAKE_SHA}\n`,
    );
    // Trailer-looking lines in the title paragraph are not trailers.
    await commitAs(ME, 'Co-authored-by: Sam Lee <sam@example.com>');
    await commitAs(ME, 'Release\nCo-authored-by: Sam Lee <sam@example.com>');
    await commitAs(
      { name: `Mal\x1elory\x1f${FAKE_SHA}`, email: `mal\x1f${ME.email}` },
      `Add cache\x1e${FAKE_SHA}`,
      'docs/cache.md',
    );
    // The genuine moments, with separators in their subjects, trailers and names.
    const pairing = await commitAs(ME, `Pair on\x1fparser\n\nCo-authored-by: Sam\x1e\x1f Lee <sam@example.com>`);
    const review = await commitAs(priya, `Fix\x1e retries\n\nReviewed-by: ${ME.name} <${ME.email}>`);
    await runGit(folder, ['checkout', '--quiet', '-b', 'ana/cache']);
    await commitAs({ name: 'Ana\x1e\x1fRuiz', email: 'ana@example.com' }, 'Cache by key');
    await runGit(folder, ['checkout', '--quiet', 'main']);
    await runGit(folder, ['merge', '--quiet', '--no-ff', '-m', "Merge branch 'ana/cache'", 'ana/cache'], {
      GIT_COMMITTER_NAME: ME.name,
      GIT_COMMITTER_EMAIL: ME.email,
      GIT_AUTHOR_NAME: ME.name,
      GIT_AUTHOR_EMAIL: ME.email,
    });
    const merge = (await runGit(folder, ['rev-parse', 'HEAD'])).trim();
    return { pairing, review, merge };
  }

  it('suggests only the genuine moments, each a real commit, whatever messages and names hold', async () => {
    const genuine = await misleadingHistory();
    const commits = await readCommits(tempDir(), new Date(0), new Date(Date.now() + 60_000));
    const suggestions = suggestMoments(commits, ME, new Set(), english);
    for (const commit of suggestions.flatMap((suggestion) => suggestion.commits)) {
      await assert.doesNotReject(
        runGit(tempDir(), ['cat-file', '-e', `${commit}^{commit}`]),
        `${commit} is not a commit`,
      );
    }
    assert.deepEqual(
      suggestions.map((suggestion) => [suggestion.commits[0], suggestion.kind]).sort(),
      [
        [genuine.pairing, 'mentoring'],
        [genuine.review, 'code-review'],
        [genuine.merge, 'code-review'],
      ].sort(),
    );
    const byCommit = new Map(suggestions.map((suggestion) => [suggestion.commits[0], suggestion]));
    assert.deepEqual(byCommit.get(genuine.pairing)?.people, ['Sam\x1e\x1f Lee']);
    assert.equal(byCommit.get(genuine.review)?.summary, "Reviewed Priya's change to fix\x1e retries");
    assert.deepEqual(byCommit.get(genuine.merge)?.people, ['Ana\x1e\x1fRuiz']);
    const allCommits = (await runGit(tempDir(), ['rev-list', 'HEAD'])).trim().split('\n');
    assert.deepEqual(
      commits.map((commit) => commit.sha),
      allCommits,
      'one record per commit, in order',
    );
  });

  it('keeps every field of a commit as git recorded it', async () => {
    await misleadingHistory();
    const commits = await readCommits(tempDir(), new Date(0), new Date(Date.now() + 60_000));
    const tidy = commits.find((commit) => commit.subject.startsWith('Tidy up'));
    assert.ok(tidy?.subject.includes(`\x1e${FAKE_SHA}\x1f`));
    assert.deepEqual(tidy?.trailers, []);
    assert.deepEqual(tidy?.files, ['notes.txt']);
    const mallory = commits.find((commit) => commit.files.includes('docs/cache.md'));
    assert.deepEqual(mallory?.author, { name: `Mal\x1elory\x1f${FAKE_SHA}`, email: `mal\x1f${ME.email}` });
  });

  it('reads a history written to stall it at once, keeping at most a bounded part of each field', async function () {
    // Each of these commits kept the patterns that read them busy for seconds to minutes.
    this.timeout(10_000);
    const folder = tempDir();
    await runGit(folder, ['init', '--quiet', '--initial-branch=main']);
    await runGit(folder, ['config', 'commit.gpgsign', 'false']);
    await runGit(folder, ['config', 'user.email', ME.email]);
    await commitAs(ME, 'Initial commit');
    const spaces = ' '.repeat(60_000);
    const me = `${ME.name} <${ME.email}>`;
    const review = await commitAs(priya, `Ship it\n\nReviewed-by: Sam ${'<'.repeat(150_000)}\nReviewed-by: ${me}`);
    const squash = await commitAs(priya, `a${spaces}(#12)x\n\nHelped-by:${spaces}x\ry\nAcked-by: ${me}`);
    const spaced = await commitAs(ME, `a${spaces}b`, 'docs/spaced.md');
    const dotted = await commitAs(ME, `${'.'.repeat(60_000)}x`, 'docs/dotted.md');
    await commitAs({ name: 'n'.repeat(60_000), email: 'e'.repeat(60_000) }, 'x'.repeat(60_000));

    const commits = await readCommits(folder, new Date(0), new Date(Date.now() + 60_000));
    const texts = commits.flatMap((commit) => [
      commit.subject,
      commit.author.name,
      commit.author.email,
      ...commit.trailers.flatMap((trailer) => [trailer.key, trailer.value]),
    ]);
    assert.ok(texts.every((text) => text.length <= MAX_GIT_TEXT_LENGTH));
    assert.equal(commits[0]?.subject, 'x'.repeat(MAX_GIT_TEXT_LENGTH), 'a long subject is cut, not dropped');
    const suggestions = suggestMoments(commits, ME, new Set(), english);
    assert.deepEqual(
      suggestions.map((suggestion) => [suggestion.commits[0], suggestion.kind]).sort(),
      [
        [review, 'code-review'],
        [squash, 'code-review'],
        [spaced, 'communication'],
        [dotted, 'communication'],
      ].sort(),
    );
  });

  it('runs none of the programs a repository config names', async function () {
    if (process.platform === 'win32') this.skip();
    await buildSampleRepository(tempDir());
    const hostile = await armRepository(tempDir());
    assert.ok(await readGitHead(tempDir()));
    assert.deepEqual(await readGitIdentity(tempDir()), ME);
    const commits = await readCommits(tempDir(), new Date(0), new Date(Date.now() + 60_000));
    assert.ok(
      commits.some((commit) => commit.mergedAuthor),
      'merges are read too',
    );
    assert.equal(await hostile.ran(), false);
  });
});

describe('suggestions that count what git records, one per piece of work', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();
  const sam = { name: 'Sam Lee', email: 'sam@example.com' };
  const priya = { name: 'Priya Shah', email: 'priya@example.com' };
  const all = () => readCommits(tempDir(), new Date(0), new Date(Date.now() + 60_000));

  async function repository(): Promise<void> {
    await runGit(tempDir(), ['init', '--quiet', '--initial-branch=main']);
    await runGit(tempDir(), ['config', 'user.email', ME.email]);
    await runGit(tempDir(), ['config', 'user.name', ME.name]);
    await runGit(tempDir(), ['config', 'commit.gpgsign', 'false']);
    await runGit(tempDir(), ['remote', 'add', 'origin', REMOTE]);
    await commit(ME, 'Initial commit');
  }

  async function commit(author: Person, message: string): Promise<string> {
    const env = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
    };
    await runGit(tempDir(), ['commit', '--quiet', '--allow-empty', '-m', message], env);
    return (await runGit(tempDir(), ['rev-parse', 'HEAD'])).trim();
  }

  it('proposes mentoring, pairing, initiative and reviews from the trailers that name me, keys in any case', async () => {
    await repository();
    const helped = await commit(sam, `Fix flaky upload retries\n\nHelped-by: ${ME.name} <${ME.email}>`);
    const mentored = await commit(sam, `feat(parser): Add streaming mode\n\nmentored-by: ${ME.name} <${ME.email}>`);
    const paired = await commit(priya, `Split the billing module\n\nCo-authored-by: ${ME.name} <${ME.email}>`);
    const suggested = await commit(priya, `Cache tokens per tenant\n\nSuggested-by: ${ME.name} <${ME.email}>`);
    const acked = await commit(sam, `Drop the v1 endpoint\n\nACKED-BY: ${ME.name} <${ME.email}>`);
    const tested = await commit(priya, `Retry on 503\n\nTested-by: ${ME.name} <${ME.email}>`);
    await commit(sam, 'Helped-by is not a trailer in a subject');
    await commit(sam, `Tidy\n\nHelped-by: Someone Else <else@example.com>`);

    const byCommit = new Map(
      suggestMoments(await all(), ME, new Set(), english).map((suggestion) => [suggestion.commits[0], suggestion]),
    );
    assert.deepEqual(
      [helped, mentored, paired, suggested, acked, tested].map((sha) => [
        byCommit.get(sha)?.kind,
        byCommit.get(sha)?.summary,
      ]),
      [
        ['mentoring', 'Helped Sam to fix flaky upload retries'],
        ['mentoring', 'Mentored Sam as they worked to add streaming mode'],
        ['mentoring', 'Paired with Priya to split the billing module'],
        ['initiative', "Suggested what became Priya's change to cache tokens per tenant"],
        ['code-review', "Reviewed Sam's change to drop the v1 endpoint"],
        ['code-review', "Tested Priya's change to retry on 503"],
      ],
    );
    assert.equal(byCommit.size, 6, 'nothing for a trailer naming someone else, or a subject');
    assert.deepEqual(byCommit.get(helped)?.people, ['Sam Lee']);
  });

  it('takes trailers of my own and switches built-in ones off, naming entries that do not fit', async () => {
    await repository();
    const coached = await commit(sam, `Write the on-call guide\n\nCoached-by: ${ME.name} <${ME.email}>`);
    await commit(priya, `Retry on 503\n\nTested-by: ${ME.name} <${ME.email}>`);
    const known = new Set(['mentoring', 'code-review', 'hiring']);
    const parsed = parseTrailerKinds(
      { 'Coached-by': 'mentoring', 'tested-by': null, 'Bad key!': 'mentoring', 'Hired-by': 'hirng', 'Paired-by': 3 },
      (kind) => known.has(kind),
    );
    assert.deepEqual(parsed.problems, [
      'growthLog.gitTrailers["Bad key!"]: a trailer key is letters, digits and dashes, such as "Helped-by"',
      'growthLog.gitTrailers["Hired-by"]: "hirng" is not a kind, neither built in nor one of your own',
      'growthLog.gitTrailers["Paired-by"]: expected text, found 3',
    ]);
    const suggestions = suggestMoments(await all(), ME, new Set(), english, { trailerKinds: parsed.kinds });
    assert.deepEqual(
      suggestions.map((suggestion) => [suggestion.commits[0], suggestion.kind, suggestion.reason]),
      [[coached, 'mentoring', 'Coached-by you']],
    );
  });

  it('proposes a pull request once, whether its review trailer, its merge or an imported review names it', async () => {
    await repository();
    await runGit(tempDir(), ['checkout', '--quiet', '-b', 'priya/cache']);
    const reviewed = await commit(priya, `Cache by key\n\nReviewed-by: ${ME.name} <${ME.email}>`);
    await commit(priya, 'Invalidate on write');
    await runGit(tempDir(), ['checkout', '--quiet', 'main']);
    await runGit(
      tempDir(),
      ['merge', '--quiet', '--no-ff', '-m', 'Merge pull request #42 from priya/cache\n\nCache by key', 'priya/cache'],
      {
        GIT_AUTHOR_NAME: ME.name,
        GIT_AUTHOR_EMAIL: ME.email,
        GIT_COMMITTER_NAME: ME.name,
        GIT_COMMITTER_EMAIL: ME.email,
      },
    );
    const merge = (await runGit(tempDir(), ['rev-parse', 'HEAD'])).trim();
    const squashed = await commit(sam, `fix: Retry flaky uploads (#43)\n\nReviewed-by: ${ME.name} <${ME.email}>`);
    const pr42 = {
      number: 42,
      title: 'Cache by key',
      url: 'https://github.com/acme/sample/pull/42',
      repository: 'acme/sample',
      author: 'priya',
      at: new Date().toISOString(),
    };
    const elsewhere = {
      ...pr42,
      number: 7,
      url: 'https://github.com/acme/api/pull/7',
      repository: 'acme/api',
      title: 'feat: Add rate limits',
    };

    const suggestions = suggestMoments(await all(), ME, new Set(), english, {
      reviews: [pr42, elsewhere],
      repository: 'acme/sample',
    });
    assert.deepEqual(suggestions.map((suggestion) => [suggestion.work, suggestion.summary]).sort(), [
      ['pr:42', "Reviewed and merged Priya's change to cache by key (#42)"],
      ['pr:43', "Reviewed Sam's change to retry flaky uploads (#43)"],
      ['pr:acme/api#7', "Reviewed priya's change to add rate limits (#7) in acme/api"],
    ]);
    const pr = suggestions.find((suggestion) => suggestion.work === 'pr:42');
    assert.deepEqual(new Set(pr?.commits), new Set([merge, reviewed]), 'the merge and the reviewed commit, once');
    assert.deepEqual(pr?.links, [pr42.url]);
    assert.equal(suggestions.find((suggestion) => suggestion.work === 'pr:43')?.commits[0], squashed);

    const logged = loggedTraces([
      momentOfSuggestion(pr!, { id: 'a', remoteUrl: REMOTE }),
      { id: 'b', kind: 'code-review', at: pr42.at, summary: 'x', links: [elsewhere.url] },
    ]);
    assert.deepEqual(
      suggestMoments(await all(), ME, logged, english, { reviews: [pr42, elsewhere], repository: 'acme/sample' }).map(
        (suggestion) => suggestion.work,
      ),
      ['pr:43'],
      'what is logged, by commit or by link, is not proposed again',
    );
  });

  it('reads hundreds of merges into a list that fits a screen or two, keeping every commit', async () => {
    const history = await buildLargeHistory(tempDir(), { merges: 420, people: 120, weeks: 30 });
    const commits = await all();
    assert.equal(commits.length, 1 + 2 * 420);
    const suggestions = suggestMoments(commits, ME, new Set(), english);
    assert.equal(suggestions.length, 420, 'one per pull request');
    assert.ok(
      suggestions.every((suggestion) =>
        /^Reviewed and merged Person\d+'s change to change number \d+ \(#\d+\)$/.test(suggestion.summary),
      ),
    );

    const byWeek = groupSuggestions(suggestions, { by: 'week', weekStartsOn: 'monday', language: english });
    assert.ok(byWeek.length <= 40 && byWeek.length >= 30, `${byWeek.length} rows by week`);
    const byPerson = groupSuggestions(suggestions, { by: 'person', weekStartsOn: 'monday', language: english });
    assert.ok(byPerson.length <= 40, `${byPerson.length} rows by person`);
    for (const groups of [byWeek, byPerson]) {
      assert.deepEqual(
        groups.flatMap((group) => group.suggestions.map((suggestion) => suggestion.commits[0])).sort(),
        [...history.mergeCommits].sort(),
        'every merge in exactly one group',
      );
    }
    const busiest = byPerson[0]!;
    assert.match(busiest.label, /^Person\d+ Contributor$/);
    assert.equal(busiest.suggestions.length, 4, 'the busiest people first');

    const week = byWeek[0]!;
    const whole = suggestionOfGroup(week, english);
    assert.match(
      whole.summary,
      /^Reviewed \d+ changes from Person\d+, Person\d+, .+ and \d+ others \(Week of [A-Z][a-z]+ \d+\)$/,
    );
    const moment = momentOfSuggestion(whole, { id: 'g', remoteUrl: REMOTE });
    assert.deepEqual(
      moment.links,
      week.suggestions
        .flatMap((suggestion) => suggestion.commits)
        .map((sha) => `https://github.com/acme/sample/commit/${sha}`),
      'a group logged as one moment links every commit',
    );
    const noForge = momentOfSuggestion(whole, { id: 'h', remoteUrl: 'git@example.org:x/y.git' });
    assert.equal(noForge.links, undefined);
    for (const sha of whole.commits) assert.ok(noForge.notes?.includes(sha), 'without a forge, each commit is named');
    assert.ok(
      !suggestMoments(commits, ME, loggedTraces([moment]), english).some((suggestion) =>
        whole.commits.includes(suggestion.commits[0] ?? ''),
      ),
      'a logged group is not proposed again',
    );
  });

  it('stops the git process when the read is cancelled', async () => {
    await buildLargeHistory(tempDir(), { merges: 200, people: 20, weeks: 10 });
    const aborter = new AbortController();
    const reading = readCommits(tempDir(), new Date(0), new Date(Date.now() + 60_000), aborter.signal);
    aborter.abort();
    await assert.rejects(reading, (error: Error) => error.name === 'AbortError');
  });
});
