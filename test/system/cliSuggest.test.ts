import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createSampleProject } from '../../scripts/lib/sampleProject';
import { formatLocalDate } from '../../src/core/time/calendar';
import { assertCliBuilt, cli } from '../support/cli';
import { buildSampleRepository } from '../support/gitFixture';
import { useTempDir } from '../support/tempDir';

describe('growth-log suggest', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();
  const march = ['--from', '2026-03-01', '--to', '2026-03-31'];
  const review = {
    number: 12,
    title: 'feat: Add rate limits',
    url: 'https://github.com/acme/api/pull/12',
    repository: { name: 'api', nameWithOwner: 'acme/api' },
    author: { id: 'x', is_bot: false, login: 'ana', type: 'User', url: 'https://github.com/ana' },
    closedAt: '2026-03-12T10:00:00Z',
    updatedAt: '2026-03-12T10:00:00Z',
  };

  before(assertCliBuilt);

  it('prints the suggestions of a period as JSON: kind, summary, people, at, commits, reason', async () => {
    const history = await buildSampleRepository(tempDir(), new Date('2026-03-10T12:00:00Z'));
    const result = await cli(['suggest', ...march, '--json'], { cwd: tempDir() });
    assert.equal(result.code, 0, result.stderr);
    const suggestions = JSON.parse(result.stdout) as Record<string, unknown>[];
    assert.equal(suggestions.length, 5);
    const pairing = suggestions.find((suggestion) => (suggestion.commits as string[]).includes(history.pairing));
    assert.deepEqual(Object.keys(pairing ?? {}), ['kind', 'summary', 'people', 'at', 'commits', 'reason', 'links']);
    assert.deepEqual(
      { kind: pairing?.kind, summary: pairing?.summary, people: pairing?.people, reason: pairing?.reason },
      {
        kind: 'mentoring',
        summary: 'Paired with Sam to fix flaky retry test',
        people: ['Sam Lee'],
        reason: 'co-authored commit',
      },
    );

    assert.deepEqual(
      pairing?.links,
      [`https://github.com/acme/sample/commit/${history.pairing}`],
      'linked on the forge of the remote, as the palette command logs it',
    );

    const none = await cli(['suggest', '--from', '2026-04-01', '--to', '2026-04-30', '--json'], { cwd: tempDir() });
    assert.deepEqual(JSON.parse(none.stdout), [], 'nothing outside the period');
  });

  it('reads another folder with --repo, as another person with --author, and leaves out what is logged', async () => {
    const history = await buildSampleRepository(tempDir(), new Date('2026-03-10T12:00:00Z'));
    const elsewhere = path.dirname(tempDir());
    const asSam = await cli(['suggest', ...march, '--repo', tempDir(), '--author', 'sam@example.com', '--json'], {
      cwd: elsewhere,
    });
    assert.equal(asSam.code, 0, asSam.stderr);
    assert.deepEqual(
      (JSON.parse(asSam.stdout) as { summary: string }[]).map((suggestion) => suggestion.summary),
      ['Paired with Robin to fix flaky retry test'],
      "Sam, named as co-author on Robin's commit, paired",
    );

    const log = path.join(tempDir(), 'log.json');
    const logged = {
      id: '1',
      kind: 'mentoring',
      at: '2026-03-08T12:00:00.000Z',
      summary: 'x',
      commit: history.pairing,
    };
    await fs.writeFile(log, JSON.stringify({ version: 1, moments: [logged] }));
    const text = await cli(['suggest', ...march, '--file', log], { cwd: tempDir() });
    assert.equal(text.code, 0, text.stderr);
    const lines = text.stdout.trim().split('\n');
    assert.equal(lines.length, 4, text.stdout);
    assert.ok(!text.stdout.includes('Paired'), 'a logged commit is not proposed again');
    assert.match(
      text.stdout,
      /^2026-03-\d\d {2}code-review +Reviewed and merged Ana's change to cache invalidation by key {2}\(your merge of work by someone else; [0-9a-f]{7}\)$/m,
    );
  });

  it('adds the reviews of a file exported with gh, and names the file and field of one that does not fit', async () => {
    await buildSampleRepository(tempDir(), new Date('2026-03-10T12:00:00Z'));
    const reviews = path.join(tempDir(), 'reviews.json');
    await fs.writeFile(
      reviews,
      JSON.stringify([
        review,
        { ...review, number: 13, closedAt: '2026-05-01T00:00:00Z', updatedAt: '2026-05-01T00:00:00Z' },
      ]),
    );
    const result = await cli(['suggest', ...march, '--reviews', reviews, '--json'], { cwd: tempDir() });
    assert.equal(result.code, 0, result.stderr);
    const imported = (JSON.parse(result.stdout) as { summary: string; links: string[]; commits: string[] }[]).filter(
      (suggestion) => suggestion.commits.length === 0,
    );
    assert.deepEqual(imported, [
      {
        kind: 'code-review',
        summary: "Reviewed ana's change to add rate limits (#12) in acme/api",
        people: ['ana'],
        at: '2026-03-12T10:00:00.000Z',
        commits: [],
        reason: 'in your exported review history',
        links: [review.url],
      },
    ]);

    await fs.writeFile(reviews, JSON.stringify([review, { ...review, repository: { name: 'api' } }]));
    const bad = await cli(['suggest', ...march, '--reviews', reviews], { cwd: tempDir() });
    assert.equal(bad.code, 1);
    assert.ok(bad.stderr.includes(`${reviews}: [1].repository.nameWithOwner is missing`), bad.stderr);
  });

  it('names and links the pull request a piece of work is, whichever of its commits speaks for it', async () => {
    const folder = await createSampleProject(tempDir());
    const today = new Date();
    const monthAgo = new Date(today.getTime() - 30 * 86_400_000);
    const result = await cli(
      ['suggest', '--from', formatLocalDate(monthAgo), '--to', formatLocalDate(today), '--json'],
      { cwd: folder },
    );
    assert.equal(result.code, 0, result.stderr);
    const suggestions = JSON.parse(result.stdout) as { summary: string; links: string[]; commits: string[] }[];
    const pullRequest = suggestions.find((suggestion) => suggestion.summary.includes('invalidate cached invoices'));
    assert.equal(pullRequest?.summary, 'Paired with Ana to invalidate cached invoices by key (#42)');
    assert.equal(pullRequest?.commits.length, 2, 'the co-authored commit and the merge');
    assert.deepEqual(pullRequest?.links, [
      'https://github.com/acme/billing-service/pull/42',
      ...(pullRequest?.commits ?? []).map((sha) => `https://github.com/acme/billing-service/commit/${sha}`),
    ]);
  });

  it('is a usage error outside a repository', async () => {
    const result = await cli(['suggest'], { cwd: tempDir() });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /is not in a git repository/);
  });
});
