import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { momentRef } from '../../src/core/documents/citation';
import { assertCliBuilt, cli } from '../support/cli';
import { momentAt } from '../support/moments';
import { useTempDir } from '../support/tempDir';

describe('growth-log follow-ups and outcome', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();
  const logFile = () => path.join(tempDir(), 'growth-log.json');
  const read = async () => JSON.parse(await fs.readFile(logFile(), 'utf8'));

  before(assertCliBuilt);

  // Dates far from today, so the test holds on any day: the command line asks the clock.
  const handedOff = momentAt('2020-03-02T10:00:00Z', {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    kind: 'delegation',
    summary: 'Handed the release checklist to Priya',
    followUpAt: '2020-03-16T10:00:00Z',
  });
  const decided = momentAt('2020-01-06T10:00:00Z', {
    id: '5e6f7a8b-0000-4000-8000-000000000002',
    kind: 'decision',
    summary: 'Chose Postgres over DynamoDB',
    followUpAt: '2020-01-20T10:00:00Z',
  });
  const notYet = momentAt('2099-01-01T10:00:00Z', { kind: 'delegation', followUpAt: '2099-01-15T10:00:00Z' });
  const answered = momentAt('2020-02-03T10:00:00Z', {
    kind: 'delegation',
    outcome: { text: 'held', at: '2020-02-20T10:00:00Z' },
  });
  const writeLog = () =>
    fs.writeFile(
      logFile(),
      `${JSON.stringify({ version: 1, moments: [handedOff, notYet, decided, answered] }, null, 2)}\n`,
    );

  it('lists the follow-ups due, the longest waiting first, with the ref outcome takes, and records an answer', async () => {
    await writeLog();
    const listed = await cli(['follow-ups', '--file', logFile()]);
    assert.equal(listed.code, 0, listed.stderr);
    assert.equal(
      listed.stdout,
      [
        '2 follow-ups are due: did they hold up?',
        `  ${momentRef(decided.id)}  2020-01-06  Decision    Chose Postgres over DynamoDB`,
        `  ${momentRef(handedOff.id)}  2020-03-02  Delegation  Handed the release checklist to Priya`,
        'Record what came of one with: growth-log outcome <ref> <text...>',
        '',
      ].join('\n'),
    );

    const recorded = await cli([
      'outcome',
      momentRef(handedOff.id),
      'Priya',
      'has run the last three releases alone',
      '--file',
      logFile(),
    ]);
    assert.equal(recorded.code, 0, recorded.stderr);
    assert.match(recorded.stdout, /^Recorded what came of [0-9a-f]{8} \(2020-03-02, Handed the release checklist/);
    const saved = (await read()).moments.find((moment: { id: string }) => moment.id === handedOff.id);
    assert.equal(saved.outcome.text, 'Priya has run the last three releases alone');
    assert.ok(Math.abs(Date.parse(saved.outcome.at) - Date.now()) < 60_000, 'the outcome is dated today');
    assert.equal(saved.followUpAt, undefined, 'answered: no longer asked');

    const json = await cli(['follow-ups', '--json', '--file', logFile()]);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), [
      {
        id: decided.id,
        ref: momentRef(decided.id),
        kind: 'decision',
        at: decided.at,
        summary: decided.summary,
        followUpAt: decided.followUpAt,
      },
    ]);

    // By its whole id too; then nothing is left to ask.
    const byId = await cli(['outcome', decided.id, 'Still on Postgres a year on', '--file', logFile()]);
    assert.equal(byId.code, 0, byId.stderr);
    const none = await cli(['follow-ups', '--file', logFile()]);
    assert.equal(none.stdout, 'No follow-up is due.\n');
    const log = await read();
    assert.deepEqual(
      log.moments.map((moment: { id: string }) => moment.id),
      [handedOff.id, notYet.id, decided.id, answered.id],
      'every moment kept, in its place',
    );
  });

  it('refuses a ref that names no moment, saying which and in which log, and leaves the file as it was', async () => {
    await writeLog();
    const before = await fs.readFile(logFile());
    const result = await cli(['outcome', 'ffffffff', 'It held', '--file', logFile()]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /growth-log: no moment in .*growth-log\.json has the ref or id "ffffffff"/);
    assert.ok(result.stderr.includes(logFile()), 'names the log');
    assert.match(result.stderr, /Usage: growth-log outcome <ref-or-id> <text\.\.\.>/);
    assert.deepEqual(await fs.readFile(logFile()), before);

    // The test's other two moments share their first eight characters: a ref cannot tell them apart.
    const ambiguous = await cli(['outcome', momentRef(notYet.id), 'It held', '--file', logFile()]);
    assert.equal(ambiguous.code, 1);
    assert.ok(
      ambiguous.stderr.includes(
        `the ref ${momentRef(notYet.id)} names 2 moments in ${logFile()}; give the whole id of one: ${notYet.id}, ${answered.id}`,
      ),
      ambiguous.stderr,
    );

    const noText = await cli(['outcome', momentRef(decided.id), '--file', logFile()]);
    assert.equal(noText.code, 1);
    assert.match(noText.stderr, /outcome needs the text of what came of/);
    assert.deepEqual(await fs.readFile(logFile()), before);
  });

  it('takes no moment whose whole id is another moment’s ref for that moment: the ref is ambiguous', async () => {
    const decoy = { ...decided, id: momentRef(decided.id), summary: 'Decoy' };
    await fs.writeFile(logFile(), `${JSON.stringify({ version: 1, moments: [decided, decoy] }, null, 2)}\n`);
    const before = await fs.readFile(logFile());
    const result = await cli(['outcome', momentRef(decided.id), 'It held', '--file', logFile()]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`the ref ${momentRef(decided.id)} names 2 moments`));
    assert.deepEqual(await fs.readFile(logFile()), before);
  });

  it('refuses to replace an outcome already recorded, quoting it, and replaces it with --replace', async () => {
    await writeLog();
    const before = await fs.readFile(logFile());
    const refused = await cli(['outcome', answered.id, 'It fell apart', '--file', logFile()]);
    assert.equal(refused.code, 1);
    assert.ok(
      refused.stderr.startsWith(
        `growth-log: ${momentRef(answered.id)} (2020-02-03, ${answered.summary}) already has an outcome, recorded 2020-02-20: "held"; nothing was changed. Check the ref, or pass --replace to replace it\n`,
      ),
      refused.stderr,
    );
    assert.deepEqual(await fs.readFile(logFile()), before, 'the log is left exactly as it was');

    const replaced = await cli(['outcome', answered.id, 'It fell apart', '--replace', '--file', logFile()]);
    assert.equal(replaced.code, 0, replaced.stderr);
    assert.equal(
      replaced.stdout,
      `Recorded what came of ${momentRef(answered.id)} (2020-02-03, ${answered.summary}): It fell apart\nIt replaces the outcome recorded 2020-02-20: held\n`,
    );
    const saved = (await read()).moments.find((moment: { id: string }) => moment.id === answered.id);
    assert.equal(saved.outcome.text, 'It fell apart');

    // --replace on a moment without an outcome records it, and replaces nothing.
    const first = await cli(['outcome', handedOff.id, 'It held', '--replace', '--file', logFile()]);
    assert.equal(first.code, 0, first.stderr);
    assert.doesNotMatch(first.stdout, /replaces/);
  });

  it('reports a log that cannot be read as any command does', async () => {
    await fs.writeFile(logFile(), '{ "version": 1, "moments": [');
    const result = await cli(['follow-ups', '--file', logFile()]);
    assert.equal(result.code, 2);
    assert.ok(result.stderr.startsWith(`growth-log: ${logFile()}`), result.stderr);
  });
});
