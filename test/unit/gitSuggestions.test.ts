import * as assert from 'node:assert/strict';
import { readGitHead } from '../../src/core/gitRepository';
import { parsePerson, readCommits, readGitIdentity, suggestMoments } from '../../src/core/gitSuggestions';
import { ME, REMOTE, buildSampleRepository } from '../support/gitFixture';
import { useTempDir } from '../support/tempDir';

describe('suggestions from a real git history', function () {
  this.timeout(30_000);
  const tempDir = useTempDir();

  it("proposes pairing, reviews, merges of others' work, decisions and docs, and nothing else", async () => {
    const history = await buildSampleRepository(tempDir());
    const now = new Date();
    const commits = await readCommits(tempDir(), new Date(now.getTime() - 7 * 86_400_000), new Date(now.getTime() + 60_000));
    assert.equal(commits.length, 8, 'every commit of the last week, the merged branch included');
    const me = await readGitIdentity(tempDir());
    assert.deepEqual(me, ME);

    const suggestions = suggestMoments(commits, me!, new Set());
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
    assert.equal(byCommit.get(history.mergeOfAna)?.summary, "Reviewed and merged Ana Ruiz's work: Merge branch 'ana/cache'");
    assert.deepEqual(byCommit.get(history.mergeOfAna)?.people, ['Ana Ruiz']);
    assert.equal(byCommit.get(history.adr)?.kind, 'decision');
    assert.equal(byCommit.get(history.rfc)?.kind, 'communication');
    assert.equal(byCommit.has(history.plain), false, 'an ordinary commit is not a leadership moment');
    assert.equal(suggestions.length, 5, "Ana's own commit on her branch is not mine to log");
  });

  it('does not propose a commit that is already logged, even by a short SHA', async () => {
    const history = await buildSampleRepository(tempDir());
    const commits = await readCommits(tempDir(), new Date(0), new Date(Date.now() + 60_000));
    const suggestions = suggestMoments(commits, ME, new Set([history.pairing.slice(0, 10), history.adr]));
    assert.deepEqual(suggestions.map((suggestion) => suggestion.commit).sort(), [history.reviewedForPriya, history.rfc, history.mergeOfAna].sort());
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
