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
import { ME, REMOTE, buildSampleRepository } from '../support/gitFixture';
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
    const byCommit = new Map(suggestions.map((suggestion) => [suggestion.commit, suggestion]));
    assert.deepEqual(byCommit.get(history.pairing), {
      commit: history.pairing,
      kind: 'mentoring',
      summary: 'Paired with Sam Lee on Fix flaky retry test',
      people: ['Sam Lee'],
      at: byCommit.get(history.pairing)?.at,
      reason: 'co-authored commit',
    });
    assert.equal(byCommit.get(history.reviewedForPriya)?.kind, 'code-review');
    assert.equal(byCommit.get(history.reviewedForPriya)?.summary, "Reviewed Priya Shah's change: Add idempotency keys");
    assert.equal(
      byCommit.get(history.mergeOfAna)?.summary,
      "Reviewed and merged Ana Ruiz's work: Merge branch 'ana/cache'",
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
      suggestions.map((suggestion) => suggestion.commit).sort(),
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
    await runGit(folder, ['commit', '--quiet', '--cleanup=verbatim', '-m', message], env);
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
    for (const suggestion of suggestions) {
      await assert.doesNotReject(
        runGit(tempDir(), ['cat-file', '-e', `${suggestion.commit}^{commit}`]),
        `${suggestion.commit} is not a commit`,
      );
    }
    assert.deepEqual(
      suggestions.map((suggestion) => [suggestion.commit, suggestion.kind]).sort(),
      [
        [genuine.pairing, 'mentoring'],
        [genuine.review, 'code-review'],
        [genuine.merge, 'code-review'],
      ].sort(),
    );
    const byCommit = new Map(suggestions.map((suggestion) => [suggestion.commit, suggestion]));
    assert.deepEqual(byCommit.get(genuine.pairing)?.people, ['Sam\x1e\x1f Lee']);
    assert.equal(byCommit.get(genuine.review)?.summary, "Reviewed Priya Shah's change: Fix\x1e retries");
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
