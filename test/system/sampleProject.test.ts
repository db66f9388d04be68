import * as assert from 'node:assert/strict';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  createSampleProject,
  freshSampleWorkspace,
  keptSampleWorkspace,
  SAMPLE_PROJECT_NAME,
  SAMPLE_USER,
} from '../../scripts/lib/sampleProject';
import { runGit } from '../../src/core/git/gitRepository';
import { useTempDir } from '../support/tempDir';

describe('the sample project npm start opens', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();

  it('is a git repository named like a project, with pairing, a review, a merged pull request and an ADR', async () => {
    const folder = await createSampleProject(tempDir());
    assert.equal(path.basename(folder), SAMPLE_PROJECT_NAME);
    assert.match(folder, /billing-service$/);
    const git = (...args: string[]) => runGit(folder, args);

    assert.equal((await git('status', '--porcelain')).trim(), '', 'every file is committed');
    assert.equal((await git('config', 'user.email')).trim(), SAMPLE_USER.email);
    assert.match((await git('remote', 'get-url', 'origin')).trim(), /^git@github\.com:acme\/billing-service\.git$/);

    const messages = await git('log', '--format=%B%x00');
    assert.match(messages, /^Co-authored-by: Sam Lee <sam@acme\.example>$/m, 'a commit of mine co-authored');
    assert.match(messages, /^Co-authored-by: Robin Lead <robin@acme\.example>$/m, "me on someone else's commit");
    assert.match(messages, /^Reviewed-by: Robin Lead <robin@acme\.example>$/m);
    const merges = (await git('log', '--merges', '--format=%s')).trim().split('\n');
    assert.deepEqual(merges, ['Merge pull request #42 from acme/ana/invoice-cache']);
    const adrs = (await git('ls-files', 'docs/adr')).trim().split('\n');
    assert.deepEqual(adrs, ['docs/adr/0001-postgres-for-the-billing-ledger.md']);
    assert.ok(existsSync(path.join(folder, 'src', 'retry.ts')), 'the sample workspace files are there');

    const authors = new Set((await git('log', '--format=%an')).trim().split('\n'));
    assert.ok(authors.size >= 3, `several people work there: ${[...authors].join(', ')}`);
    const newest = new Date((await git('log', '-1', '--format=%aI')).trim());
    const ageInDays = (Date.now() - newest.getTime()) / 86_400_000;
    assert.ok(ageInDays > 0 && ageInDays < 7, 'the history is recent, so it lands in the weeks a person looks at');
  });

  it('is fresh for each run and removed afterwards, unless kept', async () => {
    const keptParent = path.join(tempDir(), 'kept');
    const first = await freshSampleWorkspace();
    const second = await freshSampleWorkspace();
    try {
      assert.notEqual(first.folder, second.folder, 'each run has its own');
      assert.equal(path.basename(first.folder), SAMPLE_PROJECT_NAME);
    } finally {
      first.dispose();
      second.dispose();
    }
    assert.equal(existsSync(first.folder), false, 'removed with its temporary folder');
    assert.equal(existsSync(path.dirname(first.folder)), false);

    const kept = await keptSampleWorkspace(keptParent);
    assert.equal(kept.folder, path.join(keptParent, SAMPLE_PROJECT_NAME));
    const logged = path.join(kept.folder, '.vscode', 'growth-log.json');
    await fs.mkdir(path.dirname(logged), { recursive: true });
    await fs.writeFile(logged, '{"version":1,"moments":[]}');
    kept.dispose();
    const again = await keptSampleWorkspace(keptParent);
    assert.equal(again.folder, kept.folder);
    assert.ok(existsSync(logged), 'what was logged in the kept project stays');
  });
});
