import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { assertCliBuilt, cli } from '../support/cli';
import { useTempDir } from '../support/tempDir';

describe('growth-log review cycle periods', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();

  before(assertCliBuilt);

  /** The first of the month `months` after the current one, in UTC as the command line runs. */
  const monthStart = (months: number) => {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
  };
  const dates = (from: Date, toExclusive: Date) =>
    new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' })
      .formatRange(from, new Date(toExclusive.getTime() - 86_400_000))
      .replace(/\s/gu, ' ');
  /** "FY27", or the calendar year when the review year starts in January. */
  const yearName = (yearStart: Date) => {
    const endsIn = new Date(Date.UTC(yearStart.getUTCFullYear(), yearStart.getUTCMonth() + 11, 1)).getUTCFullYear();
    return yearStart.getUTCMonth() === 0 ? String(endsIn) : `FY${String(endsIn).slice(2)}`;
  };
  const heading = (stdout: string) => stdout.split('\n')[0]?.replace(/\s/gu, ' ');

  it('exports this and last review cycle, named by the fiscal year and their dates', async () => {
    await cli(['add', 'mentoring', 'Coached @Ana through her first on-call'], { cwd: tempDir() });
    // A review year starting this month: this cycle is its first quarter, the last one the year before's fourth.
    const startMonth = String(monthStart(0).getUTCMonth() + 1);
    const options = ['--cycle-start', startMonth, '--cycle-length', 'quarter'];

    const current = await cli(['export', '--period', 'this-cycle', ...options], { cwd: tempDir() });
    assert.equal(current.code, 0, current.stderr);
    assert.equal(
      heading(current.stdout),
      `# Brag document: Q1 ${yearName(monthStart(0))}: ${dates(monthStart(0), monthStart(3))}`,
    );
    assert.match(current.stdout, /Coached Ana through her first on-call/);

    const last = await cli(['export', '--period', 'last-cycle', ...options], { cwd: tempDir() });
    assert.equal(last.code, 0, last.stderr);
    assert.equal(
      heading(last.stdout),
      `# Brag document: Q4 ${yearName(monthStart(-12))}: ${dates(monthStart(-3), monthStart(0))}`,
    );
    assert.doesNotMatch(last.stdout, /Coached Ana/);

    const half = await cli(
      ['export', '--period', 'last-cycle', '--cycle-start', startMonth, '--cycle-length', 'half'],
      {
        cwd: tempDir(),
      },
    );
    assert.equal(half.code, 0, half.stderr);
    assert.equal(
      heading(half.stdout),
      `# Brag document: H2 ${yearName(monthStart(-12))}: ${dates(monthStart(-6), monthStart(0))}`,
    );

    const year = await cli(['export', '--period', 'this-cycle', '--cycle-start', '1', '--cycle-length', 'year'], {
      cwd: tempDir(),
    });
    const calendarYear = new Date().getUTCFullYear();
    assert.equal(heading(year.stdout), `# Brag document: ${calendarYear}: Jan – Dec ${calendarYear}`);
  });

  it('still takes this-week, and suggest takes the cycle periods too', async () => {
    const week = await cli(['export', '--period', 'this-week'], { cwd: tempDir() });
    assert.equal(week.code, 0, week.stderr);
    assert.match(week.stdout, /^# Brag document: This week\n/);
    // suggest reads the same period options: a cycle without its start is refused alike.
    const suggest = await cli(['suggest', '--period', 'this-cycle', '--cycle-length', 'half'], { cwd: tempDir() });
    assert.equal(suggest.code, 1);
    assert.match(suggest.stderr, /^growth-log: --period this-cycle needs --cycle-start <month 1-12>/);
  });

  for (const [name, args, message] of [
    [
      'a cycle without --cycle-start',
      ['--period', 'this-cycle', '--cycle-length', 'half'],
      /^growth-log: --period this-cycle needs --cycle-start <month 1-12>, the month your company's review year starts in$/,
    ],
    [
      'a cycle without --cycle-length',
      ['--period', 'last-cycle', '--cycle-start', '4'],
      /^growth-log: --period last-cycle needs --cycle-length quarter\|half\|year, how long one review cycle lasts$/,
    ],
    [
      'a cycle with neither',
      ['--period', 'this-cycle'],
      /^growth-log: --period this-cycle needs --cycle-start <month 1-12>, .*, and --cycle-length quarter\|half\|year, /,
    ],
    [
      'a month past December',
      ['--period', 'this-cycle', '--cycle-start', '13', '--cycle-length', 'half'],
      /^growth-log: --cycle-start 13: give the month the review year starts in, 1 to 12 \(4 for April\)$/,
    ],
    [
      'month 0',
      ['--period', 'this-cycle', '--cycle-start', '0', '--cycle-length', 'half'],
      /^growth-log: --cycle-start 0: /,
    ],
    [
      'a month in words',
      ['--period', 'this-cycle', '--cycle-start', 'april', '--cycle-length', 'half'],
      /^growth-log: --cycle-start april: /,
    ],
    [
      'an unknown length',
      ['--period', 'this-cycle', '--cycle-start', '4', '--cycle-length', 'fortnight'],
      /^growth-log: --cycle-length fortnight: use one of quarter, half, year$/,
    ],
    [
      'a cycle option with a calendar period',
      ['--period', 'this-week', '--cycle-start', '4'],
      /^growth-log: --cycle-start: only with --period this-cycle or last-cycle, not this-week$/,
    ],
    [
      'cycle options with custom dates',
      ['--from', '2026-01-01', '--to', '2026-01-31', '--cycle-start', '4', '--cycle-length', 'year'],
      /^growth-log: --cycle-start and --cycle-length: only with --period this-cycle or last-cycle, not --from\/--to$/,
    ],
  ] as const) {
    it(`exits 1 naming the option for ${name}`, async () => {
      const result = await cli(['export', ...args], { cwd: tempDir() });
      assert.equal(result.code, 1);
      const [error, usage, hint] = result.stderr.trimEnd().split('\n');
      assert.match(error ?? '', message);
      assert.match(usage ?? '', /^Usage: growth-log export /);
      assert.equal(hint, 'Run "growth-log --help" for every option.');
      assert.equal(existsSync(path.join(tempDir(), '.vscode', 'growth-log.json')), false, 'nothing was written');
    });
  }

  it('lists the cycle periods and their options in --help', async () => {
    const help = await cli(['--help']);
    assert.match(help.stdout, /--period NAME +this-week, [\s\S]*this-cycle, last-cycle/);
    assert.match(help.stdout, /^ {2}--cycle-start M {6}the month, 1 to 12/m);
    assert.match(help.stdout, /^ {2}--cycle-length L {5}quarter, half, year/m);
    for (const line of help.stdout.split('\n').filter((text) => /cycle/.test(text)))
      assert.ok(line.length <= 100, `a line fits a terminal: ${line}`);
  });
});
