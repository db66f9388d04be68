import * as assert from 'node:assert/strict';
import { decodeLogFile } from '../../src/core/model/logFileCodec';
import { LogFileError } from '../../src/core/model/logFileError';
import { MIGRATIONS, migrateToCurrent } from '../../src/core/model/migrations';
import { CURRENT_LOG_VERSION } from '../../src/core/model/schema';

describe('schema evolution', () => {
  const moment = { id: 'a', kind: 'mentoring', at: '2026-11-20T10:00:00Z', summary: 'Paired with Sam' };

  it('has a step from every older version to the current one, and none from the current version on', () => {
    for (let version = 1; version < CURRENT_LOG_VERSION; version++)
      assert.ok(MIGRATIONS[version], `no step from version ${version}`);
    for (const from of Object.keys(MIGRATIONS).map(Number)) {
      assert.ok(
        Number.isInteger(from) && from >= 1 && from < CURRENT_LOG_VERSION,
        `a step from version ${from}, not an older version than ${CURRENT_LOG_VERSION}`,
      );
    }
  });

  it('leaves a log of the current version as it is', () => {
    const log = { version: CURRENT_LOG_VERSION, moments: [moment] };
    assert.deepEqual(migrateToCurrent(log), log);
  });

  it('applies each step in order up to the current version', () => {
    const steps = {
      1: (log: Record<string, unknown>) => ({ ...log, renamedInTwo: true }),
      2: (log: Record<string, unknown>) => ({ ...log, addedInThree: log.renamedInTwo === true }),
    };
    assert.deepEqual(migrateToCurrent({ version: 1, moments: [] }, steps, 3), {
      version: 3,
      moments: [],
      renamedInTwo: true,
      addedInThree: true,
    });
    assert.deepEqual(migrateToCurrent({ version: 1 }, {}, 3), { version: 1 }, 'no path: left for validation to refuse');
    assert.equal(migrateToCurrent('not a log', steps, 3), 'not a log');
  });

  it('shows a newer version read-only when its moments still fit, and says so', () => {
    try {
      decodeLogFile(JSON.stringify({ version: 2, moments: [moment], newField: {} }), 'log.json');
      assert.fail('a newer version must not decode for writing');
    } catch (error) {
      assert.ok(error instanceof LogFileError);
      assert.equal(error.problem, 'newer-version');
      assert.match(error.message, /read-only here/);
      assert.deepEqual(error.readOnlyLog?.moments, [moment]);
    }
  });

  it('offers nothing read-only when a newer version no longer fits', () => {
    try {
      decodeLogFile(JSON.stringify({ version: 3, entries: [] }), 'log.json');
      assert.fail('expected a refusal');
    } catch (error) {
      assert.ok(error instanceof LogFileError);
      assert.equal(error.readOnlyLog, undefined);
    }
  });
});
