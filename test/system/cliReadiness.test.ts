import * as assert from 'node:assert/strict';
import { promises as fs, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { readinessCommand } from '../../src/cli/readinessCommand';
import { assertCliBuilt, cli } from '../support/cli';
import { momentAt } from '../support/moments';
import { useTempDir } from '../support/tempDir';

/**
 * `growth-log readiness` against golden files: both built-in ladders, a company's JSON
 * and CSV ladder, as text and as JSON, over one fixture log. After a deliberate change,
 * regenerate them with UPDATE_GOLDEN=1 and read the diff before committing.
 */

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'ladders');
const LOG = path.join(FIXTURES, 'readiness-log.json');
const PERIOD = ['--from', '2026-06-01', '--to', '2026-11-30'];

function matchesGolden(name: string, actual: string): void {
  const goldenPath = path.join(FIXTURES, 'golden', name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, actual);
  assert.equal(actual, readFileSync(goldenPath, 'utf8'), `${name} differs from the golden file`);
}

const CASES = [
  { name: 'management', args: ['--track', 'management', '--level', 'technical expert'] },
  { name: 'staff-ic', args: ['--track', 'staff-ic', '--level', 'Senior'] },
  { name: 'company-json', args: ['--ladder', path.join(FIXTURES, 'company.ladder.json'), '--level', 'engineer ii'] },
  { name: 'company-csv', args: ['--ladder', path.join(FIXTURES, 'company.csv'), '--target', 'SENIOR ENGINEER'] },
];

describe('growth-log readiness', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();

  before(assertCliBuilt);

  for (const { name, args } of CASES) {
    it(`prints the readiness table for the ${name} ladder`, async () => {
      const result = await cli(['readiness', ...args, ...PERIOD, '--file', LOG]);
      assert.equal(result.code, 0, result.stderr);
      matchesGolden(`${name}.txt`, result.stdout);
    });

    it(`prints the readiness of the ${name} ladder as JSON`, async () => {
      const result = await cli(['readiness', ...args, ...PERIOD, '--json', '--file', LOG]);
      assert.equal(result.code, 0, result.stderr);
      matchesGolden(`${name}.json`, result.stdout);
    });
  }

  it('fits a 100-column terminal: expectations under their area, wrapped with a hanging indent, no ids', async () => {
    const result = await cli(['readiness', '--track', 'staff-ic', ...PERIOD, '--file', LOG]);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) assert.ok(line.length < 100, `${line.length} characters: ${line}`);
    assert.ok(!result.stdout.includes('staff.'), 'ids are in --json only');
    const design = lines.findIndex((line) => line.endsWith('Leads the technical design of work that'));
    assert.equal(lines[design - 1], 'Technical direction', 'the area is the heading above');
    assert.match(lines[design + 1] ?? '', /^ {58}spans several teams, and gets it adopted\.$/, 'under the expectation');
    const headings = lines.filter((line) => /^[A-Z]/.test(line) && !line.includes(':'));
    assert.deepEqual(headings, ['Technical direction', 'Delivery', 'People', 'Strategy', 'Communication', 'Growth']);
  });

  it('wraps to the terminal it prints to, the expectation under itself', async () => {
    const { stdout } = await readinessCommand({
      file: LOG,
      now: new Date(2026, 11, 1),
      from: '2026-06-01',
      to: '2026-11-30',
      track: 'staff-ic',
      json: false,
      weekStartsOn: 'monday',
      defaultTrack: 'management',
      columns: 80,
    });
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) assert.ok(line.length < 80, `${line.length} characters: ${line}`);
    const design = lines.findIndex((line) => line.startsWith('  strong          6'));
    assert.deepEqual(lines.slice(design, design + 3), [
      '  strong          6       0       4        2  2026-11-25',
      '    Leads the technical design of work that spans several teams, and gets it',
      '    adopted.',
    ]);
  });

  it('gives the JSON exactly the promised fields, in order', async () => {
    const result = await cli(['readiness', '--track', 'staff-ic', ...PERIOD, '--json', '--file', LOG]);
    const output = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(output), ['ladder', 'level', 'target', 'period', 'expectations', 'summary']);
    assert.deepEqual(output.period, { from: '2026-06-01', to: '2026-11-30' });
    assert.deepEqual(Object.keys(output.expectations[0]), [
      'id',
      'level',
      'area',
      'text',
      'competencies',
      'evidence',
      'strength',
      'momentIds',
    ]);
    assert.deepEqual(Object.keys(output.expectations[0].evidence), ['moments', 'people', 'starred', 'latest']);
    assert.deepEqual(Object.keys(output.summary), ['expectations', 'withEvidence', 'strong']);
    assert.equal(output.level, 'Senior', 'the first level when none is named');
    assert.equal(output.target, 'Staff');
  });

  it('reports moments linked to an expectation this ladder does not have, on standard error', async () => {
    const result = await cli([
      'readiness',
      '--ladder',
      path.join(FIXTURES, 'company.csv'),
      ...PERIOD,
      '--json',
      '--file',
      LOG,
    ]);
    assert.equal(result.code, 0, result.stderr);
    JSON.parse(result.stdout);
    // Links to the built-in ladders' ids too: this ladder does not hold them, and the user is told, not left guessing.
    assert.equal(
      result.stderr,
      [
        'note: 1 moment (ref 0013beef) linked to an expectation that is not in this ladder (reworded, removed, or from another ladder): "staff.multiplies-others"',
        'note: 1 moment (ref 0013beef) linked to an expectation that is not in this ladder (reworded, removed, or from another ladder): "team-lead.grows-each-person"',
        'note: 1 moment (ref 0014beef) linked to an expectation that is not in this ladder (reworded, removed, or from another ladder): "se-owns-service-v1"',
        '',
      ].join('\n'),
    );
  });

  it('looks at the last 6 months by default', async () => {
    const log = path.join(tempDir(), 'growth-log.json');
    await fs.writeFile(log, JSON.stringify({ version: 1, moments: [momentAt(new Date(), { kind: 'learning' })] }));
    const result = await cli(['readiness', '--json', '--file', log]);
    assert.equal(result.code, 0, result.stderr);
    const output = JSON.parse(result.stdout);
    assert.equal(output.period.to, new Date().toISOString().slice(0, 10), 'today, in the UTC the test runs the CLI in');
    assert.equal(output.summary.withEvidence, 1);
    const text = await cli(['readiness', '--file', log]);
    assert.match(
      text.stdout.split('\n')[0] ?? '',
      /^Team Lead: 1 of 9 expectations with evidence, 0 strong — .* \(Last 6 months\)$/,
    );
  });

  it('names the ladder’s levels when a level is not one of them', async () => {
    const result = await cli(['readiness', '--track', 'staff-ic', '--level', 'Distinguished', '--file', LOG]);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /^growth-log: --level Distinguished: the ladder "Staff \/ Principal IC" has no such level; its levels are "Senior", "Staff", "Principal"\n/,
    );
    const top = await cli(['readiness', '--track', 'staff-ic', '--level', 'principal', '--file', LOG]);
    assert.equal(top.code, 1);
    assert.match(
      top.stderr,
      /^growth-log: Principal is the top level of "Staff \/ Principal IC"; name the level to measure with --target\n/,
    );
  });

  it('refuses --track beside --ladder, and a ladder file that does not exist', async () => {
    const both = await cli(['readiness', '--track', 'staff-ic', '--ladder', path.join(FIXTURES, 'company.csv')]);
    assert.equal(both.code, 1);
    assert.match(both.stderr, /--track chooses a built-in ladder/);
    const missing = await cli(['readiness', '--ladder', path.join(tempDir(), 'none.csv'), '--file', LOG]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /none\.csv: no such file/);
  });

  it('refuses a malformed ladder with one line naming the file, the line and the column (exit 2)', async () => {
    const file = 'unknown-competency.csv';
    const result = await cli(['readiness', '--ladder', file, '--file', LOG], { cwd: path.join(FIXTURES, 'malformed') });
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(
      result.stderr.split('\n')[0],
      `growth-log: unknown-competency.csv: line 7, column "competencies": "Team growth" is not a competency; use one of team-development, technical-leadership, delegation, communication, decision-making, strategic-vision, business-acumen, emotional-intelligence, ownership, adaptability, continuous-learning, technical-depth`,
    );
    assert.equal(result.stderr.split('\n').length, 2, 'one line');
  });

  it('keeps hostile ladder text as text: control characters escaped, line breaks folded, Markdown and links as typed', async () => {
    const hostile = [
      'level,area,expectation,competencies,id',
      `Senior,"Scope\u001b]52;c;aGk=\u0007",Owns it,ownership,s1`,
      `"Staff\u202e","**bold** [Open](command:growthLog.undo)","Leads work\n  none  0  0  0  —  forged  Forged row",ownership,s2`,
    ].join('\n');
    const ladder = path.join(tempDir(), 'hostile.csv');
    await fs.writeFile(ladder, hostile);
    const result = await cli(['readiness', '--ladder', ladder, ...PERIOD, '--file', LOG]);
    assert.equal(result.code, 0, result.stderr);
    for (const control of ['\u001b', '\u0007', '\u202e'])
      assert.ok(!result.stdout.includes(control), `${JSON.stringify(control)} is escaped`);
    assert.match(result.stdout, /^Staff\\u202e: 1 of 1 expectations with evidence/);
    assert.match(result.stdout, /\*\*bold\*\* \[Open\]\(command:growthLog\.undo\)/, 'Markdown is not rendered');
    assert.match(result.stdout, /Leads work⏎ {2}none/, 'a line break in a cell forges no row');
    assert.ok(!result.stdout.split('\n').some((line) => line.trimStart().startsWith('none  0  0  0  —  forged')));
    const json = await cli(['readiness', '--ladder', ladder, ...PERIOD, '--json', '--file', LOG]);
    assert.equal(JSON.parse(json.stdout).expectations[0].text, 'Leads work\n  none  0  0  0  —  forged  Forged row');
  });
});
