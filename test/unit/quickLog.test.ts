import * as assert from 'node:assert/strict';
import { formatQuickLog, parseQuickLog } from '../../src/core/quickLog';

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
    });
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
      { summary: 'Career chat with Sam Lee, then Bo', people: ['Sam Lee', 'Bo'], tags: [], starred: false },
      { summary: 'Wrote the RFC with Ana', people: ['Ana'], tags: ['rfc', 'q4'], starred: false },
      { summary: 'Samantha and Sam paired', people: ['Sam'], tags: [], starred: true },
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
