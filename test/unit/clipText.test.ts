import * as assert from 'node:assert/strict';
import { readCsvRecords } from '../../src/core/ladders/csvRecords';
import { parseCsvLadder } from '../../src/core/ladders/ladderCsv';
import { LadderFileError, parseJsonLadder } from '../../src/core/ladders/ladderFile';
import { levelNames } from '../../src/core/ladders/levelNames';
import { clipEnd, clipMiddle, QUOTED_PATH_LENGTH } from '../../src/shared/clipText';

/** Foreign values quoted in messages are cut to a readable length, whatever a file or a setting holds. */
describe('quoted values', () => {
  it('cuts a long value at its end, and leaves a short one whole', () => {
    assert.equal(clipEnd('Staff'), 'Staff');
    assert.equal(clipEnd('x'.repeat(80)), 'x'.repeat(80));
    const clipped = clipEnd('x'.repeat(25_000));
    assert.equal(clipped.length, 80);
    assert.ok(clipped.endsWith('…'));
  });

  it('cuts a long path in the middle, keeping its start and its file name', () => {
    const path = `/home/me/${'deep/'.repeat(1000)}ladder.csv`;
    const clipped = clipMiddle(path, QUOTED_PATH_LENGTH);
    assert.equal(clipped.length, QUOTED_PATH_LENGTH);
    assert.ok(clipped.startsWith('/home/me/'));
    assert.ok(clipped.endsWith('/ladder.csv'));
    assert.ok(clipped.includes('…'));
    assert.equal(clipMiddle('/home/me/ladder.csv', QUOTED_PATH_LENGTH), '/home/me/ladder.csv');
  });

  it('lists ten levels at most, and how many more', () => {
    const ladder = {
      name: 'Huge',
      levels: Array.from({ length: 3000 }, (_, at) => ({ name: `L${at}`, expectations: [] })),
    };
    assert.equal(
      levelNames(ladder),
      `${ladder.levels
        .slice(0, 10)
        .map((level) => `“${level.name}”`)
        .join(', ')} and 2990 more`,
    );
    assert.equal(levelNames({ name: 'Small', levels: [{ name: 'A', expectations: [] }] }), '“A”');
    const long = levelNames({ name: 'Long', levels: [{ name: 'y'.repeat(25_000), expectations: [] }] });
    assert.equal(long, `“${'y'.repeat(79)}…”`);
  });

  it('quotes an unknown competency word of a ladder file clipped, in CSV and in JSON', () => {
    const word = 'w'.repeat(900_000);
    const csv = `level,area,expectation,competencies\nStaff,,Leads.,${word}\n`;
    const json = JSON.stringify({
      name: 'L',
      levels: [{ name: 'Staff', expectations: [{ text: 'Leads.', competencies: [word] }] }],
    });
    for (const read of [() => parseCsvLadder(csv, 'l.csv', readCsvRecords), () => parseJsonLadder(json, 'l.json')])
      assert.throws(read, (error: unknown) => {
        assert.ok(error instanceof LadderFileError);
        assert.ok(error.message.length < 1000, `${error.message.length} characters`);
        assert.ok(error.message.includes(`"${'w'.repeat(79)}…" is not a competency`));
        return true;
      });
  });

  it('names a ladder file of a very long path clipped', () => {
    const error = new LadderFileError(`/${'a'.repeat(5000)}/ladder.csv`, 'must not be blank', 'line 2');
    assert.ok(error.message.length < QUOTED_PATH_LENGTH + 50);
    assert.ok(error.message.endsWith('/ladder.csv: line 2: must not be blank'));
    assert.equal(error.filePath.length, 5012, 'the path itself is kept whole');
  });
});
