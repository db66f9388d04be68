import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderBragDocument } from '../../src/core/documents/bragDocument';
import { parsePerson } from '../../src/core/git/gitSuggestions';
import { boundedGitText, MAX_GIT_TEXT_LENGTH } from '../../src/core/git/gitText';
import { readForgeSubject } from '../../src/core/git/pieceOfWork';
import { parseReviewHistory } from '../../src/core/git/reviewHistory';
import { titleOf } from '../../src/core/git/suggestionWording';
import { resolvePeriod } from '../../src/core/insights/period';
import { formatQuickLog, parseQuickLog, peopleNotNamedIn } from '../../src/core/model/quickLog';
import { occurrencesOf } from '../../src/core/model/textSearch';
import { buildSidebarSnapshot } from '../../src/viewModel/sidebarSnapshot';
import { momentAt } from '../support/moments';
import { snapshotInputOf } from '../support/snapshotInput';

/**
 * A log (or a commit) can hold long runs of one letter, where a search that starts over at
 * every position does |text| × |pattern| work: minutes for a few hundred kilobytes. These
 * inputs take milliseconds when the work is linear; the timeouts are hundreds of times that.
 */
const LINEAR_BOUND_MS = 5000;

/** Hundreds of thousands of one letter: the summary, and a name half as long that never stands alone in it. */
const RUN = 'a'.repeat(300_000);
const HALF_RUN = 'a'.repeat(150_000);

describe('long text is searched in linear time', () => {
  it('finds every occurrence, overlapping ones too, as indexOf from each position does', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '\u{1F600}'), maxLength: 30 });
    fc.assert(
      fc.property(text, text, (haystack, needle) => {
        const expected: number[] = [];
        if (needle !== '') {
          for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) expected.push(at);
        }
        assert.deepEqual([...occurrencesOf(haystack, needle)], expected);
      }),
    );
  });

  it('finds a run of one letter in a longer run of it', function () {
    this.timeout(LINEAR_BOUND_MS);
    let count = 0;
    for (const _ of occurrencesOf(RUN, HALF_RUN)) count++;
    assert.equal(count, RUN.length - HALF_RUN.length + 1);
  });

  it('tells whether a summary names a person as whole words, as a plain search from every position does', () => {
    const wordsOf = (letters: string[]) => fc.string({ unit: fc.constantFrom(...letters), maxLength: 14 });
    const summary = wordsOf(['a', 'A', 'b', ' ', '.', '-', '_', '’']);
    const person = wordsOf(['a', 'b', ' ', '.']);
    fc.assert(
      fc.property(summary, person, (text, name) => {
        const lower = text.toLocaleLowerCase();
        const isWord = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}_]/u.test(character);
        let named = false;
        for (let at = 0; name.trim() !== '' && at + name.length <= lower.length; at++) {
          if (lower.startsWith(name, at) && !isWord(lower[at - 1]) && !isWord(lower[at + name.length])) named = true;
        }
        assert.deepEqual(peopleNotNamedIn(text, [name]), named ? [] : [name]);
      }),
    );
  });

  it('tells quickly whether a long summary names a long name', function () {
    this.timeout(LINEAR_BOUND_MS);
    assert.deepEqual(peopleNotNamedIn(RUN, [HALF_RUN]), [HALF_RUN]);
    assert.deepEqual(peopleNotNamedIn(`${RUN} ${HALF_RUN}`, [HALF_RUN]), []);
  });

  it('builds the sidebar and the brag document of a moment with a long summary and a long name quickly', function () {
    this.timeout(LINEAR_BOUND_MS);
    const input = snapshotInputOf([momentAt('2026-11-19T09:00:00Z', { summary: RUN, people: [HALF_RUN] })]);
    const snapshot = buildSidebarSnapshot(input);
    assert.deepEqual(snapshot.week.moments[0]?.people, [HALF_RUN]);
    const period = resolvePeriod('this-year', input.now, 'monday', input.language);
    const markdown = renderBragDocument(input.timeline, period, {
      weekStartsOn: 'monday',
      track: 'management',
      includePrivateSections: false,
      kinds: input.kinds,
    });
    assert.ok(
      markdown.includes(`_Supported ${HALF_RUN} · `),
      'the name the summary does not hold is written beside it',
    );
  });

  it('reads a quick-log line with long runs of punctuation in a name and a tag quickly', function () {
    this.timeout(LINEAR_BOUND_MS);
    const dots = '.'.repeat(300_000);
    const read = parseQuickLog(`Paired with @Sam${dots} on #ci${dots}x and #cd${dots}`);
    assert.ok(read.ok);
    assert.deepEqual(read.entry.people, ['Sam']);
    assert.deepEqual(read.entry.tags, [`ci${dots}x`, 'cd']);
  });

  it('exports a code path of hundreds of thousands of backtick runs as one code span', () => {
    const path = '`a'.repeat(200_000);
    const input = snapshotInputOf([momentAt('2026-11-19T09:00:00Z', { code: { path, startLine: 1, endLine: 1 } })]);
    const markdown = renderBragDocument(
      input.timeline,
      resolvePeriod('this-year', input.now, 'monday', input.language),
      { weekStartsOn: 'monday', track: 'management', includePrivateSections: false, kinds: input.kinds },
    );
    assert.ok(markdown.includes(`\`\` ${path}:1 \`\``), 'fenced by one more backtick than its longest run');
  });

  it('writes a person back as @name where the summary mentions them, else at the end', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'é', '1', '.', '-', '_', ','),
      minLength: 1,
      maxLength: 4,
    });
    const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(words, words, (summary, person) => {
        const token = `@${person.replace(/ /gu, '_')}`;
        const { line, unwritablePeople } = formatQuickLog({ summary, people: [person] });
        if (unwritablePeople.length > 0) return;
        // The first place where `@` before the name reads back as that person and leaves the sentence as it was.
        let expected = `${summary} ${token}`;
        for (let at = 0; at + person.length <= summary.length; at++) {
          if (!summary.startsWith(person, at) || (at > 0 && summary[at - 1] !== ' ')) continue;
          const candidate = summary.slice(0, at) + token + summary.slice(at + person.length);
          const read = parseQuickLog(candidate);
          if (read.ok && read.entry.summary === summary && read.entry.people.join('|') === person) {
            expected = candidate;
            break;
          }
        }
        assert.equal(line, expected);
      }),
    );
  });

  it('writes back a long name a long summary mentions at every word but never as a whole', function () {
    this.timeout(LINEAR_BOUND_MS);
    const summary = 'ab '.repeat(100_000).trimEnd();
    const person = `${'ab '.repeat(50_000)}a`;
    const { line } = formatQuickLog({ summary, people: [person] });
    assert.equal(line, `${summary} @${person.replace(/ /gu, '_')}`);
  });
});

describe('git text is read in linear time', () => {
  /** Short text of the characters the old patterns backtracked on, to hold the new reading to them. */
  const tricky = fc.string({
    unit: fc.constantFrom('a', ' ', '<', '>', '(', '#', '1', ')', '.', '\n', '\r', ':', 'é'),
    maxLength: 16,
  });

  it('reads a person as the pattern "name <address>" did, without its backtracking', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const match = /^(.*?)\s*<([^>]+)>\s*$/.exec(text.trim());
        const expected = match
          ? { name: match[1] || (match[2] ?? ''), email: match[2] ?? '' }
          : { name: text.trim(), email: '' };
        assert.deepEqual(parsePerson(text), expected);
      }),
    );
    assert.deepEqual(parsePerson('Sam <sam<x@example.com>'), { name: 'Sam', email: 'sam<x@example.com' });
    assert.deepEqual(parsePerson('a>b <c>'), { name: 'a>b', email: 'c' });
  });

  it('reads a person after hundreds of thousands of "<" quickly', function () {
    this.timeout(LINEAR_BOUND_MS);
    const run = '<'.repeat(300_000);
    assert.deepEqual(parsePerson(`Sam ${run}`), { name: `Sam ${run}`, email: '' });
    assert.deepEqual(parsePerson(`Sam ${run}x>`), { name: 'Sam', email: `${run.slice(1)}x` });
  });

  it('reads a pull request number and a title as the patterns did, without their backtracking', () => {
    fc.assert(
      fc.property(tricky, (subject) => {
        const squash = /^(.*\S)\s*\(#(\d+)\)\s*$/.exec(subject);
        const forge = squash ? { pullRequest: Number(squash[2]), title: squash[1] } : undefined;
        assert.deepEqual(readForgeSubject(subject), forge);
        const title = subject
          .trim()
          .replace(/\s*\(#\d+\)\s*$/, '')
          .replace(/\.+$/, '')
          .trim();
        assert.equal(titleOf(subject), title.length <= 72 ? title : titleOf(title));
      }),
    );
  });

  it('reads subjects with long runs of spaces, full stops and numbers quickly', function () {
    this.timeout(LINEAR_BOUND_MS);
    const spaces = ' '.repeat(300_000);
    assert.equal(readForgeSubject(`a${spaces}(#12)${spaces}b`), undefined);
    assert.equal(readForgeSubject(`a${spaces}(#12)${spaces}`)?.pullRequest, 12);
    assert.equal(titleOf(`a${spaces}b`), 'a…');
    assert.equal(titleOf(`${'.'.repeat(300_000)}x`).length, 72);
    assert.equal(titleOf(`Fix${'.'.repeat(300_000)}`), 'Fix');
    assert.equal(titleOf(`Fix (#${'1'.repeat(300_000)}`).length, 72);
  });

  it('cuts a long piece of git text to the bound, never inside a character', () => {
    assert.equal(boundedGitText('short'), 'short');
    assert.equal(boundedGitText('a'.repeat(5000)).length, MAX_GIT_TEXT_LENGTH);
    const emoji = `${'a'.repeat(MAX_GIT_TEXT_LENGTH - 1)}\u{1F600}`;
    assert.equal(boundedGitText(emoji), 'a'.repeat(MAX_GIT_TEXT_LENGTH - 1));
  });

  it("keeps at most the bound of a reviewed pull request's title and author", () => {
    const review = {
      number: 1,
      title: 't'.repeat(50_000),
      url: 'https://github.com/acme/api/pull/1',
      repository: { nameWithOwner: 'acme/api' },
      author: { login: 'l'.repeat(50_000) },
      updatedAt: '2026-11-20T10:00:00Z',
    };
    const history = parseReviewHistory(JSON.stringify([review]), 'reviews.json');
    assert.ok(history.ok);
    assert.equal(history.reviews[0]?.title.length, MAX_GIT_TEXT_LENGTH);
    assert.equal(history.reviews[0]?.author.length, MAX_GIT_TEXT_LENGTH);
  });
});
