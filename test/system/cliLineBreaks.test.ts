import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { assertCliBuilt, type CliResult, cli } from '../support/cli';
import { buildSampleRepository } from '../support/gitFixture';
import { momentAt } from '../support/moments';
import { useTempDir } from '../support/tempDir';

/**
 * A line break inside a field read from a file (a summary, a kind's label, a review's
 * title, a moment's id) must not start a line of output of its own: it would print a
 * suggestion, a moment or a message that is not there. Every way to break a line is tried.
 */
describe('growth-log never lets a line break in a file forge a line of output', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();
  const log = () => path.join(tempDir(), 'growth-log.json');
  const writeJson = (file: string, value: unknown) => fs.writeFile(file, JSON.stringify(value));

  /** A forged line after each way of breaking one: LF, CR LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
  const forged = (line: string) =>
    ['\n', '\r\n', '\r', '\u0085', '\u2028', '\u2029'].map((end) => `${end}${line}`).join('');
  /** Any line break a terminal, or a reader of the output, could take for the end of a line. */
  const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

  before(assertCliBuilt);

  /** `count` lines of `records` (and the output's other lines), with the forged line in none but folded into one. */
  function assertLines(result: CliResult, records: RegExp, count: number, forgery: RegExp): void {
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.split('\n');
    assert.equal(lines.at(-1), '', 'the output ends with a line break');
    assert.equal(
      lines.filter((line) => records.test(line)).length,
      count,
      `${count} lines expected:\n${result.stdout}`,
    );
    for (const line of lines) assert.doesNotMatch(line, LINE_BREAK, 'no other line break in any line');
    assert.ok(!lines.some((line) => forgery.test(line)), `no line starts as the forged one:\n${result.stdout}`);
    assert.ok(
      lines.some((line) => line.includes('⏎')),
      `the folded breaks are shown:\n${result.stdout}`,
    );
  }

  it('summary: a moment’s summary and a kind’s label stay on their line', async () => {
    await writeJson(log(), {
      version: 1,
      moments: [
        momentAt('2026-11-18T10:00', {
          summary: `Reviewed the plan${forged('2026-11-18  mentoring  Mentored the CEO')}`,
        }),
        momentAt('2026-11-17T10:00', { kind: 'hiring', summary: 'Debrief' }),
      ],
      kinds: [{ id: 'hiring', label: `Hiring${forged('  Mentoring  9 of 1  met')}`, competencies: [] }],
    });
    const result = await cli(['summary', '--week', '2026-11-20', '--file', log()], { cwd: tempDir() });
    assertLines(result, /^ {2}\d{4}-\d\d-\d\d /, 2, /^ *(2026-11-18 {2}mentoring {2}Mentored|Mentoring {2}9)/);
    assert.ok(result.stdout.includes('  Hiring⏎  Mentoring  9 of 1  met⏎'), result.stdout);
    assert.ok(result.stdout.includes('Reviewed the plan⏎2026-11-18  mentoring  Mentored the CEO⏎'), result.stdout);
  });

  it('add: the Logged line names a kind whose label holds line breaks on one line', async () => {
    await writeJson(log(), {
      version: 1,
      moments: [],
      kinds: [{ id: 'hiring', label: `Hiring${forged('Logged Mentoring on Mon 1 Jan: forged')}`, competencies: [] }],
    });
    const result = await cli(['add', 'hiring', 'Ran the debrief', '--file', log()], { cwd: tempDir() });
    assertLines(result, /^Logged /, 1, /^Logged Mentoring/);
    assert.match(result.stdout, /^Logged Hiring⏎Logged Mentoring on Mon 1 Jan: forged⏎.* on .+: Ran the debrief\n$/);
  });

  it('import: the ids of conflicting moments stay on the one line that reports it', async () => {
    const id = `a${forged('Imported 99 moments from trusted.json.')}`;
    await writeJson(log(), { version: 1, moments: [momentAt('2026-11-18T10:00', { id, summary: 'Here' })] });
    const other = path.join(tempDir(), 'other.json');
    await writeJson(other, { version: 1, moments: [momentAt('2026-11-18T10:00', { id, summary: 'There' })] });
    const result = await cli(['import', other, '--file', log()], { cwd: tempDir() });
    assertLines(result, /^Imported /, 1, /^Imported 99/);
    assert.match(result.stdout, /the one here was kept: a⏎Imported 99 moments from trusted\.json\.⏎/);
  });

  it('suggest: a review title and author from a --reviews file cannot print a suggestion of their own', async () => {
    await buildSampleRepository(tempDir(), new Date('2026-03-10T12:00:00Z'));
    const reviews = path.join(tempDir(), 'reviews.json');
    await writeJson(reviews, [
      {
        number: 7,
        title: `Fix${forged('2026-03-09  mentoring      Mentored the CEO  (trust me; abc1234)')}`,
        url: 'https://github.com/a/b/pull/7',
        repository: { nameWithOwner: 'a/b' },
        author: { login: 'x\nfake' },
        updatedAt: '2026-03-09T10:00:00Z',
      },
    ]);
    const march = ['--from', '2026-03-01', '--to', '2026-03-31'];
    const result = await cli(['suggest', ...march, '--reviews', reviews, '--file', log()], { cwd: tempDir() });
    // The sample history's five suggestions and the one review.
    assertLines(result, /^\d{4}-\d\d-\d\d /, 6, /^2026-03-09 {2}mentoring/);
    assert.ok(
      result.stdout.includes("Reviewed x's change to fix⏎2026-03-09  mentoring      Mentored the CEO"),
      result.stdout,
    );
  });
});
