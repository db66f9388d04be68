import * as assert from 'node:assert/strict';
import { describeImport, importLog } from '../../src/core/model/logImport';
import type { LogFile } from '../../src/core/model/schema';
import { momentAt } from '../support/moments';

describe('importing a log', () => {
  const shared = momentAt('2026-11-16T10:00', { people: ['Sam'] });
  const other = momentAt('2026-11-17T10:00');
  const hiring = { id: 'hiring', label: 'Hiring', competencies: ['team-development'] };

  const current = (): LogFile => ({
    version: 1,
    moments: [shared, other],
    people: [{ id: 'p-sam', name: 'Sam Lee', aliases: ['Sam'] }],
  });

  it('adds the moments this log lacks, and the people and kinds they use', () => {
    const fresh = momentAt('2026-11-18T10:00', { kind: 'hiring', people: ['Ana', 'SAM'] });
    const source: LogFile = {
      version: 1,
      moments: [shared, fresh],
      people: [
        { id: 'p-ana', name: 'Ana', aliases: ['Ana P'] },
        { id: 'p-other-sam', name: 'Sam', aliases: ['Sammy'] },
        { id: 'p-unused', name: 'Nobody here' },
      ],
      kinds: [hiring, { id: 'unused', label: 'Unused' }],
    };
    const { log, report } = importLog(current(), source);
    assert.deepEqual(
      log.moments.map((moment) => moment.id),
      [shared.id, other.id, fresh.id],
    );
    assert.deepEqual(log.people, [
      // "Sam" is Sam Lee here: the other log's Sam is merged into him, its new name an alias.
      { id: 'p-sam', name: 'Sam Lee', aliases: ['Sam', 'Sammy'] },
      { id: 'p-ana', name: 'Ana', aliases: ['Ana P'] },
    ]);
    assert.deepEqual(log.kinds, [hiring]);
    assert.deepEqual(report, { added: 1, alreadyHere: 1, conflicts: [], peopleAdded: 1, kindsAdded: 1 });
    assert.equal(
      describeImport(report, 'api/growth-log.json'),
      'Imported 1 moment, 1 person and 1 kind from api/growth-log.json; 1 was already here.',
    );

    const again = importLog(log, source);
    assert.equal(again.log, log, 'importing twice adds nothing, not even a write');
    assert.deepEqual(again.report, { added: 0, alreadyHere: 2, conflicts: [], peopleAdded: 0, kindsAdded: 0 });
  });

  it("keeps this log's moment when the other has one with its id and other content, and says so", () => {
    const changed = { ...shared, summary: 'Rewritten elsewhere' };
    const before = current();
    const { log, report } = importLog(before, { version: 1, moments: [changed] });
    assert.equal(log, before);
    assert.deepEqual(report.conflicts, [shared.id]);
    assert.equal(
      describeImport(report, 'old.json'),
      `Imported 0 moments from old.json. 1 moment has the id of a different moment here, so the one here was kept: ${shared.id}.`,
    );
  });

  it('keeps the definition this log has of a kind', () => {
    const mine = { ...current(), kinds: [{ id: 'hiring', label: 'Hiring loops' }] };
    const { log, report } = importLog(mine, {
      version: 1,
      moments: [momentAt('2026-11-18T10:00', { kind: 'hiring' })],
      kinds: [hiring],
    });
    assert.deepEqual(log.kinds, [{ id: 'hiring', label: 'Hiring loops' }]);
    assert.equal(report.kindsAdded, 0);
  });

  it('counts in whole phrases', () => {
    const report = { added: 12, alreadyHere: 3, conflicts: [], peopleAdded: 2, kindsAdded: 0 };
    assert.equal(
      describeImport(report, 'a.json'),
      'Imported 12 moments and 2 people from a.json; 3 were already here.',
    );
  });
});
