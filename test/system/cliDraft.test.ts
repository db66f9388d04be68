import * as assert from 'node:assert/strict';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { findCitations } from '../../src/core/documents/citation';
import { renderSelfReviewDraft } from '../../src/core/documents/selfReview/draftDocument';
import { builtInForm } from '../../src/core/documents/selfReview/forms';
import { customPeriod } from '../../src/core/insights/period';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { decodeLogFile } from '../../src/core/model/logFileCodec';
import { peopleOf } from '../../src/core/model/people';
import { assertCliBuilt, cli } from '../support/cli';
import { useTempDir } from '../support/tempDir';
import { withTimeZone } from '../support/timeZone';

describe('growth-log draft', function () {
  this.timeout(60_000);
  withTimeZone('UTC');
  const tempDir = useTempDir();
  const log = path.join(REPO_ROOT, 'test', 'fixtures', 'brag', 'log.json');
  const forms = path.join(REPO_ROOT, 'test', 'fixtures', 'forms');
  const quarter = ['--from', '2026-10-01', '--to', '2026-12-31'];

  before(assertCliBuilt);

  it('prints the draft the editor opens for a built-in form and a period, byte for byte', async () => {
    const result = await cli(['draft', '--form', 'self-review', ...quarter, '--file', log]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const file = decodeLogFile(readFileSync(log, 'utf8'), log);
    const timeline = Timeline.build(file.moments);
    const period = customPeriod(new Date(2026, 9, 1), new Date(2026, 11, 31));
    const expected = renderSelfReviewDraft(timeline, period, builtInForm('self-review')!, {
      kinds: KindCatalogue.ofLog(file),
      people: peopleOf(file),
    });
    assert.equal(result.stdout, expected);
    assert.equal(
      findCitations(result.stdout).length,
      timeline.between(period.from, period.to).length,
      'each moment of the quarter cited once',
    );
  });

  it('writes the draft to --out instead, and says so on standard error', async () => {
    const out = path.join(tempDir(), 'draft.md');
    await fs.writeFile(out, 'an older draft');
    const result = await cli(['draft', '--form', 'weekly-update', ...quarter, '--file', log, '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, `wrote ${out}\n`);
    const printed = await cli(['draft', '--form', 'weekly-update', ...quarter, '--file', log]);
    assert.equal(await fs.readFile(out, 'utf8'), printed.stdout);
    assert.deepEqual(await fs.readdir(tempDir()), ['draft.md'], 'no temporary file left beside it');
  });

  it('answers a form of your own, and one of several chosen by --form-name', async () => {
    const own = await cli(['draft', '--form', path.join(forms, 'valid', 'mid-year.json'), ...quarter, '--file', log]);
    assert.equal(own.code, 0, own.stderr);
    assert.match(own.stdout, /^# Self-review draft: Mid-year review\n/);
    assert.match(own.stdout, /\n<!-- growth-log:question id="anything-else" limit="none" -->\n/);

    const several = path.join(forms, 'valid', 'two-forms.json');
    const chosen = await cli(['draft', '--form', several, '--form-name', 'year-end review', ...quarter, '--file', log]);
    assert.equal(chosen.code, 0, chosen.stderr);
    assert.match(chosen.stdout, /^# Self-review draft: Year-end review\n/);

    const unchosen = await cli(['draft', '--form', several, ...quarter, '--file', log]);
    assert.equal(unchosen.code, 1);
    assert.match(
      unchosen.stderr,
      /^growth-log: .*two-forms\.json holds 2 forms \("Mid-year review", "Year-end review"\); choose one with --form-name\n/,
    );
  });

  for (const [name, args, message] of [
    [
      'no --form',
      ['draft'],
      /^growth-log: draft needs --form: a built-in form \(self-review, weekly-update, promotion-case\)/,
    ],
    [
      'an unknown form',
      ['draft', '--form', 'annual'],
      /^growth-log: unknown form "annual": use a built-in form \(self-review, weekly-update, promotion-case\) or the path of a forms file$/,
    ],
    ['--form-name with a built-in form', ['draft', '--form', 'self-review', '--form-name', 'x'], /--form-name chooses/],
    ['an unknown period', ['draft', '--form', 'self-review', '--period', 'last-decade'], /unknown period/],
    ['a mistyped command', ['drat', '--form', 'self-review'], /unknown command "drat": did you mean draft\?/],
  ] as const) {
    it(`exits 1 with draft's usage line for ${name}`, async () => {
      const result = await cli([...args, '--file', log]);
      assert.equal(result.code, 1);
      const lines = result.stderr.trimEnd().split('\n');
      assert.match(lines[0] ?? '', message);
      assert.match(result.stderr, /(Usage: | {7})growth-log draft --form ID\|FILE /, 'the usage line of draft');
      assert.equal(lines.at(-1), 'Run "growth-log --help" for every option.');
    });
  }

  it('exits 2 for a forms file that does not fit, naming the file and the field, in one line', async () => {
    const file = path.join(forms, 'malformed', 'limit-zero.json');
    const result = await cli(['draft', '--form', file, ...quarter, '--file', log]);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(
      result.stderr,
      `growth-log: ${file}: questions[2].limit: expected a whole number of characters, 1 or more\n`,
    );
  });

  it('exits 2 for a forms path that is a folder or a device, and leaves --out as it was', async () => {
    const out = path.join(tempDir(), 'draft.md');
    await fs.writeFile(out, 'kept');
    const result = await cli(['draft', '--form', tempDir(), ...quarter, '--file', log, '--out', out]);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, `growth-log: ${tempDir()}: this path is a folder, not a file\n`);
    assert.equal(await fs.readFile(out, 'utf8'), 'kept');
    if (process.platform === 'win32') return;
    const device = await cli(['draft', '--form', '/dev/zero', ...quarter, '--file', log, '--out', out]);
    assert.equal(device.code, 2);
    assert.equal(device.stderr, 'growth-log: /dev/zero: this path is a device or a pipe, not a file\n');
    assert.equal(await fs.readFile(out, 'utf8'), 'kept');
  });

  it('lists draft and its forms in --help', async () => {
    const help = await cli(['--help']);
    assert.match(help.stdout, /\n {2}growth-log draft --form ID\|FILE /);
    assert.match(
      help.stdout,
      /--form ID\|FILE {7}draft: a built-in form \(self-review, weekly-update, promotion-case\)/,
    );
  });
});
