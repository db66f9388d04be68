import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runGit } from '../../src/core/git/gitRepository';
import { commitAs } from '../../scripts/lib/gitAuthor';

/**
 * Turns `folder` into a real git repository with a short history that holds every kind of
 * trace Growth Log suggests moments from, committed by real `git` with real trailers.
 */

export const ME = { name: 'Robin Lead', email: 'robin@example.com' };
export const REMOTE = 'git@github.com:acme/sample.git';

export interface SampleHistory {
  readonly pairing: string;
  readonly reviewedForPriya: string;
  readonly adr: string;
  readonly rfc: string;
  readonly mergeOfAna: string;
  readonly plain: string;
  readonly head: string;
}

export async function buildSampleRepository(folder: string, now = new Date()): Promise<SampleHistory> {
  let hoursAgo = 48;
  const git = (args: string[], author = ME) => {
    return runGit(folder, args, commitAs(author, new Date(now.getTime() - hoursAgo-- * 3_600_000)));
  };
  const commit = async (file: string, message: string, author = ME) => {
    await fs.mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await fs.appendFile(path.join(folder, file), `${message}\n`);
    await git(['add', '--', file], author);
    await git(['commit', '--quiet', '-m', message], author);
    return (await runGit(folder, ['rev-parse', 'HEAD'])).trim();
  };

  await runGit(folder, ['init', '--quiet', '--initial-branch=main']);
  await runGit(folder, ['config', 'user.name', ME.name]);
  await runGit(folder, ['config', 'user.email', ME.email]);
  await runGit(folder, ['config', 'commit.gpgsign', 'false']);
  await runGit(folder, ['remote', 'add', 'origin', REMOTE]);
  await git(['add', '--all']);
  await git(['commit', '--quiet', '--allow-empty', '-m', 'Initial commit']);

  const pairing = await commit('src/retry.ts', 'Fix flaky retry test\n\nCo-authored-by: Sam Lee <sam@example.com>');
  const priya = { name: 'Priya Shah', email: 'priya@example.com' };
  const reviewedForPriya = await commit(
    'src/billing.ts',
    `Add idempotency keys\n\nReviewed-by: ${ME.name} <${ME.email}>`,
    priya,
  );
  const adr = await commit('docs/adr/0007-postgres.md', 'ADR 7: Postgres for billing');
  const rfc = await commit('rfcs/0002-retries.md', 'RFC: retry budgets');

  const ana = { name: 'Ana Ruiz', email: 'ana@example.com' };
  await git(['checkout', '--quiet', '-b', 'ana/cache']);
  await commit('src/cache.ts', 'Cache invalidation by key', ana);
  await git(['checkout', '--quiet', 'main']);
  await git(['merge', '--quiet', '--no-ff', '-m', "Merge branch 'ana/cache'", 'ana/cache']);
  const mergeOfAna = (await runGit(folder, ['rev-parse', 'HEAD'])).trim();

  const plain = await commit('package.json', 'Bump dependencies');
  return { pairing, reviewedForPriya, adr, rfc, mergeOfAna, plain, head: plain };
}
