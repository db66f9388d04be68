import * as assert from 'node:assert/strict';
import { readForgeSubject } from '../../src/core/git/pieceOfWork';
import { parseReviewHistory } from '../../src/core/git/reviewHistory';
import { callName, describeDeed, whatWasDone } from '../../src/core/git/suggestionWording';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';

const english = new DisplayLanguage('en');

describe('the words of git suggestions', () => {
  it('reads what a commit did without what only tools read', () => {
    assert.equal(whatWasDone('fix: retry flaky uploads'), 'retry flaky uploads');
    assert.equal(whatWasDone('feat(parser)!: Add streaming mode.'), 'add streaming mode');
    assert.equal(whatWasDone('Cache by key (#12)'), 'cache by key');
    assert.equal(whatWasDone('API docs for billing'), 'API docs for billing');
    assert.equal(whatWasDone('RFC: retry budgets'), 'RFC: retry budgets', 'a prefix that is not a commit type stays');
    const long = whatWasDone(`Rework ${'the very long part of the pipeline '.repeat(5)}`);
    assert.ok(long.length <= 72 && long.endsWith('…'), long);
  });

  it('writes a sentence a person would, with the pull request last', () => {
    assert.equal(
      describeDeed({ type: 'reviewed', author: 'Priya Shah' }, 'fix: retry flaky uploads', 123, english),
      "Reviewed Priya's change to retry flaky uploads (#123)",
    );
    assert.equal(
      describeDeed({ type: 'paired', with: ['Sam Lee', 'Ana Ruiz'] }, 'Fix flaky test', undefined, english),
      'Paired with Sam and Ana to fix flaky test',
    );
    assert.equal(callName('sam@example.com'), 'sam@example.com');
  });

  it('recognises the subjects forges write', () => {
    assert.deepEqual(readForgeSubject('Merge pull request #591 from ana/cache'), {
      pullRequest: 591,
      branch: 'ana/cache',
    });
    assert.deepEqual(readForgeSubject('Cache by key (#12)'), { pullRequest: 12, title: 'Cache by key' });
    assert.equal(readForgeSubject("Merge branch 'ana/cache'"), undefined);
    assert.equal(readForgeSubject('Support #12 in the parser'), undefined);
  });
});

describe('an exported review history', () => {
  const review = {
    number: 7,
    title: 'Add rate limits',
    url: 'https://github.com/acme/api/pull/7',
    repository: { name: 'api', nameWithOwner: 'acme/api' },
    author: { login: 'ana' },
    closedAt: '0001-01-01T00:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
  };

  it('reads what gh search prs prints, an open pull request by its last update', () => {
    assert.deepEqual(parseReviewHistory(JSON.stringify([review]), 'reviews.json'), {
      ok: true,
      reviews: [
        {
          number: 7,
          title: 'Add rate limits',
          url: 'https://github.com/acme/api/pull/7',
          repository: 'acme/api',
          author: 'ana',
          at: '2026-11-20T10:00:00.000Z',
        },
      ],
    });
  });

  it('names the file and the field of what does not fit', () => {
    const bad = (value: unknown) => {
      const result = parseReviewHistory(JSON.stringify(value), 'reviews.json');
      return result.ok ? 'ok' : result.error;
    };
    assert.match(bad([review, { ...review, url: 'javascript:alert(1)' }]), /^reviews\.json: \[1\]\.url /);
    assert.match(bad([{ ...review, author: {} }]), /^reviews\.json: \[0\]\.author\.login is missing/);
    assert.match(bad({ items: [] }), /^reviews\.json: .*gh search prs/);
    assert.match(
      parseReviewHistory('[{', 'reviews.json').ok
        ? ''
        : (parseReviewHistory('[{', 'reviews.json') as { error: string }).error,
      /^reviews\.json is not JSON/,
    );
  });
});
