import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { assertCliBuilt, cli } from '../support/cli';
import { momentAt } from '../support/moments';
import { useTempDir } from '../support/tempDir';

describe('growth-log people', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();
  const log = () => path.join(tempDir(), 'growth-log.json');
  const autumn = ['--from', '2026-10-01', '--to', '2026-12-31'];
  /** A name from a cloned repository's log that would drive the terminal and forge a row. */
  const HOSTILE = 'Eve\u001b]52;c;aGk=\u0007\n  Forged         9  2026-12-30  Ownership 9';
  const moments = {
    pairing: momentAt('2026-10-06T09:30Z', { kind: 'mentoring', people: ['Sam'] }),
    handover: momentAt('2026-10-20T11:00Z', { kind: 'delegation', people: ['sam.lee', 'Priya'] }),
    review: momentAt('2026-11-04T15:00Z', { kind: 'code-review', people: ['Sam Lee'] }),
    mediation: momentAt('2026-11-10T16:00Z', {
      kind: 'conflict',
      summary: 'Mediated between Alex and Jordan',
      people: ['Alex'],
    }),
    hostile: momentAt('2026-11-12T10:00Z', { kind: 'learning', people: [HOSTILE] }),
    before: momentAt('2026-06-01T10:00Z', { people: ['Outside'] }),
  };

  before(assertCliBuilt);

  beforeEach(() =>
    fs.writeFile(
      log(),
      JSON.stringify({
        version: 1,
        moments: Object.values(moments),
        people: [{ id: 'p-sam', name: 'Sam Lee', aliases: ['Sam', 'sam.lee'] }],
      }),
    ),
  );

  it('prints a table of the colleagues who shared the period’s moments, merged names as one', async () => {
    const result = await cli(['people', ...autumn, '--file', log()]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    const lines = result.stdout.split('\n');
    assert.equal(lines.at(-1), '');
    assert.equal(lines[0], 'Who can speak to your work, 2026-10-01 to 2026-12-31:');
    assert.match(lines[1] ?? '', /^ {2}Name +Moments {2}Latest {6}Competencies$/);
    assert.match(
      lines[2] ?? '',
      /^ {2}Sam Lee +3 {2}2026-11-04 {2}Team development 2, Communication & influence 2, Technical leadership 1, Delegation 1$/,
    );
    assert.deepEqual(
      lines.slice(3, -1).map((line) => line.trim().split(/ {2,}/)[0]),
      ['Priya', `Eve\\u001b]52;c;aGk=\\u0007⏎`, 'Alex'],
      'one moment each: more competencies first, then the most recent',
    );
    assert.doesNotMatch(result.stdout, /Jordan/, 'no one is made up from a summary');
    assert.doesNotMatch(result.stdout, /Outside/, 'the period only');
    assert.ok(!result.stdout.includes('\u001b') && !result.stdout.includes('\u0007'), 'control characters are escaped');
    assert.ok(!lines.some((line) => line.startsWith('  Forged')), 'a line break in a name forges no row');
  });

  it('prints JSON: the period and, per person, moments, competencies, latest and moment ids', async () => {
    const result = await cli(['people', ...autumn, '--json', '--file', log()]);
    assert.equal(result.code, 0, result.stderr);
    const output = JSON.parse(result.stdout);
    assert.deepEqual(output.period, { from: '2026-10-01', to: '2026-12-31' });
    const [sam] = output.people;
    assert.deepEqual(Object.keys(sam), ['name', 'moments', 'competencies', 'latest', 'momentIds']);
    assert.deepEqual(sam, {
      name: 'Sam Lee',
      moments: 3,
      competencies: [
        { id: 'team-development', label: 'Team development', moments: 2 },
        { id: 'communication', label: 'Communication & influence', moments: 2 },
        { id: 'technical-leadership', label: 'Technical leadership', moments: 1 },
        { id: 'delegation', label: 'Delegation', moments: 1 },
      ],
      latest: moments.review.at,
      momentIds: [moments.pairing.id, moments.handover.id, moments.review.id],
    });
    assert.deepEqual(
      output.people.map((person: { name: string }) => person.name),
      ['Sam Lee', 'Priya', HOSTILE, 'Alex'],
      'a name reads back exactly as the log holds it',
    );
  });

  it('says so on standard error when no moment of the period names anyone', async () => {
    const result = await cli(['people', '--from', '2026-01-01', '--to', '2026-01-31', '--file', log()]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'no moment names anyone in 2026-01-01 to 2026-01-31\n');
    const json = await cli(['people', '--from', '2026-01-01', '--to', '2026-01-31', '--json', '--file', log()]);
    assert.deepEqual(JSON.parse(json.stdout), { period: { from: '2026-01-01', to: '2026-01-31' }, people: [] });
  });

  it('refuses a bad period with the people usage line, and reads nothing', async () => {
    for (const [args, message] of [
      [['--period', 'last-decade'], /^growth-log: unknown period "last-decade"; use one of /],
      [['--from', '2026-10-01'], /^growth-log: --from and --to go together\n/],
      [['--from', '2026-10-01', '--to', '2026-09-01'], /^growth-log: --to must not be before --from\n/],
      [['--period', 'this-year', '--from', '2026-10-01', '--to', '2026-12-31'], /either --period or --from\/--to/],
      [['everyone'], /^growth-log: people takes no arguments \(got "everyone"\)\n/],
    ] as const) {
      const result = await cli(['people', ...args, '--file', path.join(tempDir(), 'missing.json')]);
      assert.equal(result.code, 1, `${args.join(' ')}: ${result.stderr}`);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
      assert.ok(result.stderr.includes('Usage: growth-log people [--period NAME'), result.stderr);
    }
  });
});
