import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { readCsvRecords } from '../../src/core/ladders/csvRecords';
import { parseCsvLadder as parseCsvLadderWith } from '../../src/core/ladders/ladderCsv';
import { isCsvLadderPath, LadderFileError, parseJsonLadder } from '../../src/core/ladders/ladderFile';
import { derivedExpectationId } from '../../src/core/ladders/expectationIds';

/**
 * A company's ladder read from JSON or CSV: what a valid file gives, and for every
 * malformed one, the exact message, naming the file and the field or the line and column.
 */

const parseCsvLadder = (text: string, filePath: string) => parseCsvLadderWith(text, filePath, readCsvRecords);
const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'ladders');
const COMPETENCY_LIST =
  'team-development, technical-leadership, delegation, communication, decision-making, strategic-vision, business-acumen, emotional-intelligence, ownership, adaptability, continuous-learning, technical-depth';
const LADDER_SHAPE = '{"name": …, "levels": [{"name": …, "expectations": [{"text": …, "competencies": […]}]}]}';

const MESSAGES: Record<string, string> = {
  'a-list.ladder.json': `expected an object, found a list; a ladder file holds ${LADDER_SHAPE}`,
  'bad-id.ladder.json':
    'levels[1].expectations[0].id: an id is up to 80 letters, digits, ".", "_" and "-", starting with a letter or digit',
  'bad-kind.ladder.json':
    'levels[1].expectations[2].kinds[0]: a kind id is lower-case letters, digits and dashes, starting with a letter',
  'blank-level.csv': 'line 3, column "level": must not be blank',
  'blank-text.ladder.json': 'levels[0].expectations[0].text: must not be blank',
  'column-twice.csv': 'line 1: the header row has the column "level" twice',
  'competencies-not-a-list.ladder.json': 'levels[0].expectations[0].competencies: expected a list, found text',
  'duplicate-id.csv':
    'line 3, column "id": the id "se-owns" is used by line 2, column "id" too; every expectation needs an id of its own',
  'duplicate-id.ladder.json':
    'levels[1].expectations[2].id: the id "e2-ships" is used by levels[0].expectations[0].id too; every expectation needs an id of its own',
  'empty.csv':
    'the file is empty; a CSV ladder has a header row with the columns level, area, expectation, competencies',
  'empty.ladder.json': `the file is empty; a ladder file holds ${LADDER_SHAPE}`,
  'header-only.csv': 'the file has a header row but no expectation below it',
  'long-area.csv': 'line 3, column "area": must be 80 characters or fewer',
  'too-many-expectations.csv': 'line 102: a level holds 100 expectations at most, and this is one more for “Staff”',
  'too-many-levels.csv': 'line 32: a ladder holds 30 levels at most, and this is one more',
  'level-named-twice.ladder.json': 'levels[1].name: levels[0] has this name too; each level needs a name of its own',
  'level-without-expectations.ladder.json': 'levels[0].expectations: a level holds one expectation or more',
  'missing-column.csv':
    'line 1: the header row lacks "competencies"; a CSV ladder has the columns level, area, expectation, competencies (an id column is optional)',
  'misspelt-field.ladder.json': 'levels[1].expectations[1]: unknown fields: competences',
  'no-competency.csv': 'line 2, column "competencies": name one competency or more',
  'no-competency.ladder.json': 'levels[0].expectations[1].competencies: name one competency or more',
  'no-level.ladder.json': 'levels: a ladder holds one level or more',
  'no-levels.ladder.json': 'levels: is missing; expected a list',
  'no-name.ladder.json': 'name: is missing; expected text',
  'same-expectation-twice.ladder.json': `levels[1].expectations[6]: the same expectation as levels[1].expectations[4] (both get the id "${derivedExpectationId('Senior Engineer', 'Hands work to others and supports them through it.')}"); remove one, or give each an id`,
  'short-row.csv': 'line 2, column "competencies": must not be blank',
  'stray-quote.csv': 'line 2: a " inside a cell must be doubled (""), and the whole cell quoted',
  'syntax.ladder.json': '4:1: invalid JSON: property name expected',
  'unclosed-quote.csv': 'line 3: the file ends inside a quoted cell: a closing " is missing',
  'unknown-competency.csv': `line 7, column "competencies": "Team growth" is not a competency; use one of ${COMPETENCY_LIST}`,
  'unknown-competency.ladder.json': `levels[1].expectations[3].competencies[0]: "Team growth" is not a competency; use one of ${COMPETENCY_LIST}`,
};

function readLadder(file: string, name = path.basename(file)) {
  const text = readFileSync(file, 'utf8');
  return isCsvLadderPath(name) ? parseCsvLadder(text, name) : parseJsonLadder(text, name);
}

describe('ladder files', () => {
  describe('malformed', () => {
    const folder = path.join(FIXTURES, 'malformed');
    const names = readdirSync(folder).sort();

    it('has at least 15 fixtures, each with its message here', () => {
      assert.ok(names.length >= 15, `${names.length} malformed ladders`);
      assert.deepEqual(names, Object.keys(MESSAGES).sort());
    });

    for (const name of names) {
      it(`refuses ${name}, naming the file and where`, () => {
        assert.throws(
          () => readLadder(path.join(folder, name)),
          (error: unknown) => {
            assert.ok(error instanceof LadderFileError);
            assert.equal(error.message, `${name}: ${MESSAGES[name]}`);
            assert.equal(error.filePath, name);
            // The line an editor opens the file at: the one the place names, when it names one.
            const line = /^(?:line (\d+)|(\d+):\d+)/u.exec(MESSAGES[name] ?? '');
            assert.equal(error.line, line ? Number(line[1] ?? line[2]) : undefined);
            return true;
          },
        );
      });
    }
  });

  describe('JSON', () => {
    it('reads levels in order, competencies by id or English name in any case, ids given or derived', () => {
      const ladder = readLadder(path.join(FIXTURES, 'company.ladder.json'));
      assert.equal(ladder.name, 'Acme engineering');
      assert.deepEqual(
        ladder.levels.map((level) => level.name),
        ['Engineer II', 'Senior Engineer'],
      );
      const [ships, reviews] = ladder.levels[0]?.expectations ?? [];
      assert.deepEqual(ships, {
        id: 'e2-ships',
        level: 'Engineer II',
        area: 'Delivery',
        text: "Ships well-tested changes in their team's services.",
        competencies: ['ownership'],
      });
      assert.equal(reviews?.id, derivedExpectationId('Engineer II', "Reviews teammates' code with care."));
      assert.deepEqual(reviews?.competencies, ['technical-leadership', 'communication']);
      const senior = ladder.levels[1]?.expectations ?? [];
      assert.deepEqual(senior[1]?.competencies, ['team-development'], '"TEAM DEVELOPMENT" is the name in capitals');
      assert.deepEqual(senior[2]?.kinds, ['communication', 'decision']);
      assert.deepEqual(senior[3]?.tags, ['oncall']);
    });
  });

  describe('CSV', () => {
    it('reads a spreadsheet export: BOM, CRLF, columns in any order and case, RFC 4180 quoting, extra columns ignored', () => {
      const csv = readLadder(path.join(FIXTURES, 'company.csv'));
      assert.equal(csv.name, 'company', 'named after the file');
      assert.deepEqual(
        csv.levels.map((level) => level.name),
        ['Engineer II', 'Senior Engineer'],
      );
      const [ships, reviews] = csv.levels[0]?.expectations ?? [];
      assert.deepEqual(ships, {
        id: 'e2-ships',
        level: 'Engineer II',
        area: 'Delivery',
        text: 'Ships well-tested changes, small and often.',
        competencies: ['ownership'],
      });
      assert.equal(reviews?.text, 'Reviews teammates\' code with care; asks "why" before "how".');
      assert.deepEqual(reviews?.competencies, ['technical-leadership', 'communication']);
      assert.equal(reviews?.id, derivedExpectationId('Engineer II', reviews?.text ?? ''), 'no id in the cell: derived');
      const [owns] = csv.levels[1]?.expectations ?? [];
      assert.equal(owns?.text, 'Owns a service end to end,\nincidents included.', 'a line break inside quotes');
      assert.deepEqual(owns?.competencies, ['ownership', 'adaptability']);
    });

    it('orders levels by their first row, whatever order the rows come in', () => {
      const text = [
        'level,area,expectation,competencies',
        'Staff,Scope,Leads work across teams.,ownership',
        'Senior,Scope,Owns a service.,ownership',
        'Staff,People,Grows senior engineers.,team-development',
        'Principal,Scope,Sets direction.,strategic-vision',
      ].join('\n');
      const ladder = parseCsvLadder(text, 'ladder.csv');
      assert.deepEqual(
        ladder.levels.map((level) => [level.name, level.expectations.length]),
        [
          ['Staff', 2],
          ['Senior', 1],
          ['Principal', 1],
        ],
      );
    });

    it('reads lines ended with CR alone, LF, or a mix', () => {
      const rows = [
        'level,area,expectation,competencies',
        'Staff,,Leads work.,ownership',
        'Staff,,Grows people.,delegation',
      ];
      for (const ending of ['\r', '\n', '\r\n']) {
        const ladder = parseCsvLadder(rows.join(ending), 'ladder.csv');
        assert.equal(ladder.levels[0]?.expectations.length, 2, JSON.stringify(ending));
        assert.equal(ladder.levels[0]?.expectations[0]?.area, undefined, 'a blank area is none');
      }
      assert.equal(parseCsvLadder(`${rows[0]}\r\n${rows[1]}\n${rows[2]}\r`, 'l.csv').levels[0]?.expectations.length, 2);
    });
  });

  it('leaves csv-parse to one module, which the extension can load from a bundle of its own', () => {
    const importers = readdirSync(path.join(REPO_ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => /from 'csv-parse/.test(readFileSync(path.join(REPO_ROOT, 'src', file), 'utf8')));
    assert.deepEqual(importers, [path.join('core', 'ladders', 'csvRecords.ts')]);
    const csvRecords = readFileSync(path.join(REPO_ROOT, 'src', 'core', 'ladders', 'csvRecords.ts'), 'utf8');
    assert.deepEqual(
      [...csvRecords.matchAll(/^import .* from '([^']+)';$/gmu)].map((match) => match[1]),
      ['csv-parse/sync'],
      'nothing else, so its bundle holds the parser alone',
    );
  });

  describe('expectation ids', () => {
    it('are derived from the level and the text: stable, changed by rewording, not by spacing or case', () => {
      const id = derivedExpectationId('Staff', 'Leads work that spans several teams.');
      assert.match(id, /^staff-[0-9a-f]{8}$/);
      assert.equal(derivedExpectationId(' staff ', 'Leads  work that spans several teams. '), id);
      assert.equal(derivedExpectationId('STAFF', 'leads work that spans several teams.'), id);
      assert.notEqual(derivedExpectationId('Staff', 'Leads work that spans many teams.'), id);
      assert.notEqual(derivedExpectationId('Principal', 'Leads work that spans several teams.'), id);
      assert.match(derivedExpectationId('Senior Engineer (L5)', 'x'), /^senior-engineer-l5-[0-9a-f]{8}$/);
      assert.match(derivedExpectationId('主任', 'x'), /^level-[0-9a-f]{8}$/, 'a level with no latin letters');
    });
  });
});
