import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { assertCliBuilt, cli } from '../support/cli';
import { useTempDir } from '../support/tempDir';

describe('growth-log add files a moment under an initiative', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();
  const logFile = () => path.join(tempDir(), 'log.json');
  const add = (...args: string[]) => cli(['add', ...args, '--file', logFile()], { cwd: tempDir() });
  const lastMoment = async () =>
    (JSON.parse(await fs.readFile(logFile(), 'utf8')).moments as Record<string, unknown>[]).at(-1);

  before(assertCliBuilt);

  it('reads +payments in the text as the initiative, out of the summary, and says so', async () => {
    const result = await add('mentoring', 'Unblocked Sam on the retry queue +payments @Sam');
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /^Logged Mentoring on .* \(initiative payments\): Unblocked Sam on the retry queue Sam$/m,
    );
    const moment = await lastMoment();
    assert.equal(moment?.initiative, 'payments');
    assert.equal(moment?.summary, 'Unblocked Sam on the retry queue Sam');
  });

  it('takes --initiative NAME, spaces included, and trims it', async () => {
    const result = await add('decision', 'Chose the ledger format', '--initiative', '  Payments migration ');
    assert.equal(result.code, 0, result.stderr);
    assert.equal((await lastMoment())?.initiative, 'Payments migration');
  });

  it('files a name in another case under the spelling the log already has', async () => {
    assert.equal((await add('mentoring', 'Paired on refunds +Payments')).code, 0);
    assert.equal((await add('mentoring', 'Paired on chargebacks +payments')).code, 0);
    assert.equal((await lastMoment())?.initiative, 'Payments');
    assert.equal((await add('mentoring', 'Walked through the ledger', '--initiative', 'PAYMENTS')).code, 0);
    assert.equal((await lastMoment())?.initiative, 'Payments');
  });

  it('lets --initiative win over a different +name in the text, with a note saying so', async () => {
    const result = await add('delegation', 'Handed the refunds to Priya +payments', '--initiative', 'billing');
    assert.equal(result.code, 0, result.stderr);
    const moment = await lastMoment();
    assert.equal(moment?.initiative, 'billing');
    assert.equal(moment?.summary, 'Handed the refunds to Priya');
    assert.match(result.stderr, /filed under --initiative billing, not \+payments from the text/);
  });

  it('refuses two initiatives in the text and a blank --initiative, writing nothing', async () => {
    const two = await add('mentoring', 'Paired +payments +billing');
    assert.equal(two.code, 1);
    assert.match(two.stderr, /one initiative: keep \+payments or \+billing/);
    const blank = await add('mentoring', 'Paired', '--initiative', '  ');
    assert.equal(blank.code, 1);
    assert.match(blank.stderr, /--initiative needs a name/);
    await assert.rejects(fs.stat(logFile()), { code: 'ENOENT' });
  });

  it('leaves C++, a+b and +1 in the summary', async () => {
    assert.equal((await add('mentoring', 'Taught C++ and a+b, got a +1')).code, 0);
    const moment = await lastMoment();
    assert.equal(moment?.summary, 'Taught C++ and a+b, got a +1');
    assert.ok(!('initiative' in (moment ?? {})));
  });

  it('names +initiative and --initiative in --help', async () => {
    const help = await cli(['--help']);
    assert.match(help.stdout, /\+payments for the\s+initiative/);
    assert.match(help.stdout, /--initiative NAME/);
  });
});
