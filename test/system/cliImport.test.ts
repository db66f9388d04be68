import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runGit } from '../../src/core/git/gitRepository';
import { assertCliBuilt, cli } from '../support/cli';
import { momentAt } from '../support/moments';
import { useTempDir } from '../support/tempDir';

describe('growth-log import and the log’s own kinds', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();
  const target = () => path.join(tempDir(), 'all', 'growth-log.json');
  const source = () => path.join(tempDir(), 'api', 'growth-log.json');
  const write = async (file: string, value: unknown, text = `${JSON.stringify(value, null, 2)}\n`) => {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
  };
  const read = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8'));

  before(assertCliBuilt);

  const shared = momentAt('2026-11-16T10:00', { people: ['Sam Lee'] });
  const fromApi = [
    momentAt('2026-11-17T10:00', { kind: 'hiring', summary: 'Debrief for the API role', people: ['@sam'] }),
    momentAt('2026-11-18T10:00', { summary: 'Paired with Ana', people: ['Ana'] }),
  ];
  const sourceLog = {
    version: 1,
    moments: [shared, ...fromApi],
    people: [
      { id: 'p-sam', name: 'Sam Lee', aliases: ['sam'] },
      { id: 'p-ana', name: 'Ana' },
    ],
    kinds: [{ id: 'hiring', label: 'Hiring', competencies: ['team-development'] }],
  };

  it('merges another log by id, leaves it byte for byte as it was, and adds nothing the second time', async () => {
    await write(target(), { version: 1, moments: [shared], people: [{ id: 'p-sam', name: 'Sam Lee' }] });
    // Hand-formatted, so a rewrite would show.
    await write(source(), sourceLog, `${JSON.stringify(sourceLog, null, '\t').replace(/\n/g, '\r\n')}\r\n`);
    const sourceBytes = await fs.readFile(source());

    const first = await cli(['import', source(), '--file', target()]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, `Imported 2 moments, 1 person and 1 kind from ${source()}; 1 was already here.\n`);
    const merged = await read(target());
    assert.deepEqual(
      merged.moments.map((moment: { id: string }) => moment.id),
      [shared.id, ...fromApi.map((moment) => moment.id)],
    );
    assert.deepEqual(merged.people, [
      { id: 'p-sam', name: 'Sam Lee', aliases: ['sam'] },
      { id: 'p-ana', name: 'Ana' },
    ]);
    assert.deepEqual(merged.kinds, sourceLog.kinds);
    assert.deepEqual(await fs.readFile(source()), sourceBytes, 'the imported log is left as it was');

    const targetBytes = await fs.readFile(target());
    const second = await cli(['import', source(), '--file', target()]);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout, `Imported 0 moments from ${source()}; 3 were already here.\n`);
    assert.deepEqual(await fs.readFile(target()), targetBytes, 'importing twice changes nothing');
    assert.deepEqual(
      await fs.readdir(path.dirname(source())),
      ['growth-log.json'],
      'no lock or temporary file beside it',
    );
  });

  it('keeps a log it starts in a git repository out of git, as add does', async () => {
    await write(source(), sourceLog);
    await runGit(tempDir(), ['init', '--quiet']);
    const result = await cli(['import', source(), '--file', target()]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /kept out of git: it was added to the repository's \.git\/info\/exclude/);
    assert.match(await fs.readFile(path.join(tempDir(), '.git', 'info', 'exclude'), 'utf8'), /all\/growth-log\.json/);
  });

  it('names a kind of your own by the label the log records, in the summary and the brag document', async () => {
    await write(source(), sourceLog);
    const summary = await cli(['summary', '--week', '2026-11-17', '--file', source()]);
    assert.equal(summary.code, 0, summary.stderr);
    assert.match(summary.stdout, /^ {2}Hiring +1$/m);
    const exported = await cli(['export', '--from', '2026-11-16', '--to', '2026-11-22', '--file', source()]);
    assert.equal(exported.code, 0, exported.stderr);
    // The log's own kind feeds the competency its definition names, which develops someone;
    // "@sam" is Sam Lee.
    assert.match(
      exported.stdout,
      /## Team development\n\n(?:.*\n)*- Debrief for the API role \(Nov 17\)\\\n {2}_Supported Sam Lee_\n/,
    );
    assert.match(exported.stdout, / Supported \*\*2\*\* people: Ana and Sam Lee\./);
  });

  it('refuses a source that is not a valid log, naming it and where, and writes nothing', async () => {
    await write(target(), { version: 1, moments: [shared] });
    const before = await fs.readFile(target());
    const cases: [unknown, RegExp][] = [
      [
        { version: 1, moments: [], people: [{ id: 'p1', name: 'Sam', aliases: [7] }] },
        /:\d+:\d+: expected text, found 7 at people\[0\]\.aliases\[0\]$/,
      ],
      [{ version: 2, moments: [] }, /written by a newer Growth Log/],
    ];
    for (const [value, message] of cases) {
      await write(source(), value);
      const result = await cli(['import', source(), '--file', target()]);
      assert.equal(result.code, 2, result.stderr);
      assert.ok(result.stderr.startsWith(`growth-log: ${source()}`), result.stderr);
      assert.match(result.stderr.trim(), message);
    }
    const missing = await cli(['import', path.join(tempDir(), 'nowhere.json'), '--file', target()]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere\.json: there is no file here to import/);
    const itself = await cli(['import', target(), '--file', target()]);
    assert.equal(itself.code, 2);
    assert.match(itself.stderr, /this is the log being imported into/);
    const usage = await cli(['import', '--file', target()]);
    assert.equal(usage.code, 1);
    assert.match(usage.stderr, /import needs the log to import/);
    assert.deepEqual(await fs.readFile(target()), before, 'the log is left exactly as it was');
  });

  it('imports a log of thousands of people, each already here under another id, in moments', async function () {
    // Indexing the people list again for each person took 21 s for these 8,000, with the log locked.
    this.timeout(10_000);
    const range = Array.from({ length: 8000 }, (_, index) => index);
    const people = (prefix: string) => range.map((index) => ({ id: `${prefix}${index}`, name: `p${index}` }));
    const moments = range.map((index) => momentAt('2026-11-16T10:00', { people: [`p${index}`] }));
    await write(target(), { version: 1, moments: [], people: people('here-') });
    await write(source(), {
      version: 1,
      moments,
      people: people('there-').map((p) => ({ ...p, aliases: [`a${p.name}`] })),
    });

    const result = await cli(['import', source(), '--file', target()]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `Imported 8000 moments from ${source()}.\n`);
    const merged = await read(target());
    assert.equal(merged.people.length, 8000);
    assert.deepEqual(merged.people[7999], { id: 'here-7999', name: 'p7999', aliases: ['ap7999'] });
  });
});
