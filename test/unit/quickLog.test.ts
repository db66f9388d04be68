import * as assert from 'node:assert/strict';
import { codeLocationOf, formatCodeLocation } from '../../src/core/git/codeLocation';
import { permalink, pullRequestLink } from '../../src/core/git/forgeLinks';
import {
  formatQuickLog,
  parseQuickLog,
  peopleNotNamedIn,
  readQuickLog,
  spellInitiative,
} from '../../src/core/model/quickLog';

function entryOf(line: string) {
  const result = parseQuickLog(line);
  assert.ok(result.ok, `expected "${line}" to parse`);
  return result.entry;
}

describe('parseQuickLog', () => {
  it('reads people, tags and the star from one line', () => {
    assert.deepEqual(entryOf('Paired with @Sam on flaky tests #testing !'), {
      summary: 'Paired with Sam on flaky tests',
      people: ['Sam'],
      tags: ['testing'],
      starred: true,
      links: [],
    });
  });

  it('takes web links out of the summary into links', () => {
    const entry = entryOf('Reviewed the retry PR https://github.com/acme/app/pull/12 with @Kim');
    assert.equal(entry.summary, 'Reviewed the retry PR with Kim');
    assert.deepEqual(entry.links, ['https://github.com/acme/app/pull/12']);
    assert.deepEqual(entryOf('Read about http: as a scheme').links, []);
  });

  it('keeps punctuation that follows a name in the sentence, not in the name', () => {
    const entry = entryOf('Reviewed @Ana, @Bo and @Cy. Good work');
    assert.deepEqual(entry.people, ['Ana', 'Bo', 'Cy']);
    assert.equal(entry.summary, 'Reviewed Ana, Bo and Cy. Good work');
  });

  it('turns underscores in a name into spaces', () => {
    const entry = entryOf('Career chat with @Sam_Lee');
    assert.deepEqual(entry.people, ['Sam Lee']);
    assert.equal(entry.summary, 'Career chat with Sam Lee');
  });

  it('does not take an e-mail address for a person', () => {
    const entry = entryOf('Wrote to sam@example.com about the RFC');
    assert.deepEqual(entry.people, []);
    assert.equal(entry.summary, 'Wrote to sam@example.com about the RFC');
  });

  it('lists a repeated person or tag once', () => {
    const entry = entryOf('@Sam then @sam again #ci #CI');
    assert.deepEqual(entry.people, ['Sam']);
    assert.deepEqual(entry.tags, ['ci']);
  });

  it('leaves an exclamation mark inside a word alone', () => {
    const entry = entryOf('Shipped it!');
    assert.equal(entry.starred, false);
    assert.equal(entry.summary, 'Shipped it!');
  });

  it('accepts names and tags in other scripts', () => {
    const entry = entryOf('Pairing mit @Jürgen #qualität');
    assert.deepEqual(entry.people, ['Jürgen']);
    assert.deepEqual(entry.tags, ['qualität']);
  });

  it('collapses runs of white space', () => {
    assert.equal(entryOf('  Unblocked   @Kim\t on deploys  ').summary, 'Unblocked Kim on deploys');
  });

  it('refuses a line with nothing to say, explaining the syntax', () => {
    for (const line of ['', '   ', '#tag !', '!']) {
      const result = parseQuickLog(line);
      assert.equal(result.ok, false, line);
      if (!result.ok) assert.match(result.error, /@Sam/);
    }
  });
});

describe('formatQuickLog', () => {
  it('writes a moment back as the line that logs it', () => {
    const { line, unwritablePeople } = formatQuickLog({
      summary: 'Paired with Sam on flaky tests',
      people: ['Sam'],
      tags: ['testing'],
      starred: true,
    });
    assert.equal(line, 'Paired with @Sam on flaky tests #testing !');
    assert.deepEqual(unwritablePeople, []);
  });

  it('round-trips through the parser', () => {
    for (const fields of [
      { summary: 'Career chat with Sam Lee, then Bo', people: ['Sam Lee', 'Bo'], tags: [], starred: false, links: [] },
      {
        summary: 'Wrote the RFC with Ana',
        people: ['Ana'],
        tags: ['rfc', 'q4'],
        starred: false,
        links: ['https://example.com/rfc/7'],
      },
      { summary: 'Samantha and Sam paired', people: ['Sam'], tags: [], starred: true, links: [] },
    ]) {
      const parsed = parseQuickLog(formatQuickLog(fields).line);
      assert.ok(parsed.ok);
      assert.deepEqual(parsed.entry, fields);
    }
  });

  it('adds a person the summary does not mention at the end', () => {
    assert.equal(formatQuickLog({ summary: 'Ran the retro', people: ['Kim'] }).line, 'Ran the retro @Kim');
  });

  it('reports a name it cannot write as an @name instead of mangling it', () => {
    const { line, unwritablePeople } = formatQuickLog({ summary: "Coffee with Ms O'Neil", people: ["O'Neil"] });
    assert.equal(line, "Coffee with Ms O'Neil");
    assert.deepEqual(unwritablePeople, ["O'Neil"]);
  });
});

describe('code locations and forge links', () => {
  it('builds permalinks for GitHub, GitLab, Bitbucket and Azure DevOps, from https and ssh remotes', () => {
    const range = { path: 'src/a b.ts', startLine: 10, endLine: 42 };
    const sha = '3f9a2c1d';
    assert.equal(
      permalink('https://github.com/acme/app.git', sha, range),
      'https://github.com/acme/app/blob/3f9a2c1d/src/a%20b.ts#L10-L42',
    );
    assert.equal(
      permalink('git@github.com:acme/app.git', sha, { ...range, endLine: 10 }),
      'https://github.com/acme/app/blob/3f9a2c1d/src/a%20b.ts#L10',
    );
    assert.equal(
      permalink('ssh://git@gitlab.com/group/sub/app.git', sha, range),
      'https://gitlab.com/group/sub/app/-/blob/3f9a2c1d/src/a%20b.ts#L10-42',
    );
    assert.equal(
      permalink('https://user@bitbucket.org/team/app.git', sha, range),
      'https://bitbucket.org/team/app/src/3f9a2c1d/src/a%20b.ts#lines-10:42',
    );
    assert.equal(
      permalink('https://org@dev.azure.com/org/proj/_git/app', sha, range),
      'https://dev.azure.com/org/proj/_git/app?path=/src/a%20b.ts&version=GC3f9a2c1d&line=10&lineEnd=43&lineStartColumn=1&lineEndColumn=1',
    );
    assert.equal(
      permalink('git@ssh.dev.azure.com:v3/org/proj/app', sha, range)?.startsWith(
        'https://dev.azure.com/org/proj/_git/app?path=',
      ),
      true,
    );
    assert.equal(
      permalink('git@git.internal.example:team/app.git', sha, range),
      undefined,
      'an unknown host gets no link',
    );
    assert.equal(permalink('/srv/git/app.git', sha, range), undefined);
  });

  it('links a pull request on GitHub, GitLab, Bitbucket and Azure DevOps, and nothing elsewhere', () => {
    assert.deepEqual(
      [
        'git@github.com:acme/app.git',
        'https://gitlab.com/group/app.git',
        'git@bitbucket.org:team/app.git',
        'https://org@dev.azure.com/org/proj/_git/app',
        'git@git.internal.example:team/app.git',
      ].map((remote) => pullRequestLink(remote, 42)),
      [
        'https://github.com/acme/app/pull/42',
        'https://gitlab.com/group/app/-/merge_requests/42',
        'https://bitbucket.org/team/app/pull-requests/42',
        'https://dev.azure.com/org/proj/_git/app/pullrequest/42',
        undefined,
      ],
    );
  });

  it('describes a selection relative to the workspace, with the commit, branch and link when in git', () => {
    const selection = {
      filePath: '/work/repo/pkg/src/retry.ts',
      baseFolder: '/work/repo/pkg',
      startLine: 2,
      endLine: 9,
    };
    assert.deepEqual(codeLocationOf(selection, undefined), {
      path: 'src/retry.ts',
      startLine: 2,
      endLine: 9,
      repository: { name: 'pkg' },
    });
    const git = { root: '/work/repo', commit: 'abc1234', branch: 'main', remoteUrl: 'git@github.com:acme/repo.git' };
    assert.deepEqual(codeLocationOf(selection, git), {
      path: 'src/retry.ts',
      startLine: 2,
      endLine: 9,
      commit: 'abc1234',
      branch: 'main',
      remote: 'https://github.com/acme/repo/blob/abc1234/pkg/src/retry.ts#L2-L9',
      repository: { remote: 'git@github.com:acme/repo.git', name: 'repo' },
    });
    assert.equal(formatCodeLocation({ path: 'a.ts', startLine: 3, endLine: 3 }), 'a.ts:3');
  });
});

describe('the initiative in a quick-log line', () => {
  it('takes +name out of the summary as the initiative, apart from #tags', () => {
    assert.deepEqual(entryOf('Unblocked Sam on the retry queue +payments @Sam #ci'), {
      summary: 'Unblocked Sam on the retry queue Sam',
      people: ['Sam'],
      tags: ['ci'],
      starred: false,
      links: [],
      initiative: 'payments',
    });
  });

  it('reads letters, digits and - _ . / after the first letter, and leaves sentence punctuation out', () => {
    assert.equal(entryOf('+q3-launch kickoff').initiative, 'q3-launch');
    assert.equal(entryOf('Planned it +api/v2.1_beta').initiative, 'api/v2.1_beta');
    assert.equal(entryOf('Planned the cut-over (+payments).').initiative, undefined, 'a + inside a word stays a word');
    assert.equal(entryOf('Planned the cut-over +payments, then lunch').initiative, 'payments');
    assert.equal(entryOf('Planned the cut-over +payments.').initiative, 'payments');
    assert.equal(entryOf('Sprach mit +Zahlungsverkehr über Ä').initiative, 'Zahlungsverkehr');
  });

  it('leaves C++, a+b, +1 and a lone + as words', () => {
    for (const line of [
      'Taught C++ templates',
      'Explained why a+b overflows',
      'Gave it a +1',
      'Pros + cons',
      'Got ++x wrong',
    ]) {
      const entry = entryOf(line);
      assert.equal(entry.initiative, undefined, line);
      assert.equal(entry.summary, line);
    }
  });

  it('lists one initiative named twice, in any case, once', () => {
    const entry = entryOf('+payments Reviewed the refund flow +Payments');
    assert.equal(entry.initiative, 'payments');
    assert.equal(entry.summary, 'Reviewed the refund flow');
  });

  it('refuses two different initiatives, naming both, rather than choosing one silently', () => {
    const result = parseQuickLog('Paired on the ledger +payments +billing');
    assert.ok(!result.ok);
    assert.match(result.error, /one initiative/);
    assert.match(result.error, /\+payments/);
    assert.match(result.error, /\+billing/);
    const reading = readQuickLog('Paired on the ledger +payments +billing');
    assert.equal(reading.initiative, undefined);
    assert.equal(reading.initiativeProblem, result.error);
  });

  it('writes the initiative back as +name, and one with a space as something the line cannot carry', () => {
    const fields = { summary: 'Reviewed the refund flow', people: [], tags: ['ci'], starred: false, links: [] };
    const formatted = formatQuickLog({ ...fields, initiative: 'payments' });
    assert.equal(formatted.line, 'Reviewed the refund flow +payments #ci');
    assert.equal(formatted.unwritableInitiative, undefined);
    const parsed = parseQuickLog(formatted.line);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.entry, { ...fields, initiative: 'payments' });

    for (const initiative of ['Payments migration', '1st-launch', 'pay+ments']) {
      const unwritable = formatQuickLog({ ...fields, initiative });
      assert.equal(unwritable.line, 'Reviewed the refund flow #ci', initiative);
      assert.equal(unwritable.unwritableInitiative, initiative);
    }
  });

  it('spells a name as the log already does, whatever its case, and a new one trimmed', () => {
    const known = ['Payments', 'search'];
    assert.equal(spellInitiative('payments', known), 'Payments');
    assert.equal(spellInitiative(' PAYMENTS ', known), 'Payments');
    assert.equal(spellInitiative(' billing ', known), 'billing');
  });
});

describe('formatQuickLog keeps what the line cannot carry', () => {
  it('returns links that are not web links and tags that are no #tag, for an edit to keep', () => {
    const links = ['https://example.com/pull/1', 'mailto:sam@example.com', 'ftp://files.example.com/a', 'vscode://x/y'];
    const formatted = formatQuickLog({ summary: 'Reviewed the plan', tags: ['ok', 'two words', '!bang'], links });
    assert.deepEqual(formatted.unwritableLinks, [
      'mailto:sam@example.com',
      'ftp://files.example.com/a',
      'vscode://x/y',
    ]);
    assert.deepEqual(formatted.unwritableTags, ['two words', '!bang']);
    const parsed = parseQuickLog(formatted.line);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.entry.links, ['https://example.com/pull/1']);
    assert.deepEqual(parsed.entry.tags, ['ok']);
  });
});

describe('peopleNotNamedIn', () => {
  it('leaves out the people the summary already names, as whole words in any case', () => {
    assert.deepEqual(peopleNotNamedIn('Paired with Sam on flaky tests', ['Sam', 'Kim']), ['Kim']);
    assert.deepEqual(peopleNotNamedIn('Coffee with sam lee and Ana', ['Sam Lee', 'Ana']), []);
    assert.deepEqual(
      peopleNotNamedIn('Reviewed Samantha’s change', ['Sam']),
      ['Sam'],
      'a name inside a longer word is not a mention',
    );
    assert.deepEqual(peopleNotNamedIn('Unblocked Ana.', ['Ana']), []);
  });
});
