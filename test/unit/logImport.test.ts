import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { describeImport, importLog } from '../../src/core/model/logImport';
import { validateLog } from '../../src/core/model/logValidation';
import type { LogFile, Person } from '../../src/core/model/schema';
import { logArbitrary, word } from '../support/arbitraries';
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

  it('leaves a log without people or kinds without those lists when the other has none either', () => {
    const plain: LogFile = { version: 1, moments: [shared] };
    const { log } = importLog(plain, { version: 1, moments: [shared, other] });
    assert.deepEqual(Object.keys(log), ['version', 'moments']);
    assert.equal(importLog(log, { version: 1, moments: [other] }).log, log);
  });

  it('counts in whole phrases', () => {
    const report = { added: 12, alreadyHere: 3, conflicts: [], peopleAdded: 2, kindsAdded: 0 };
    assert.equal(
      describeImport(report, 'a.json'),
      'Imported 12 moments and 2 people from a.json; 3 were already here.',
    );
  });

  it('never loses a moment or a person, never changes the other log, and adds nothing the second time', () => {
    const names = fc.constantFrom('Sam', 'sam', 'Sam Lee', '@Sam_Lee', 'Ana', 'Priya');
    const people: fc.Arbitrary<Person[]> = fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
        name: names,
        aliases: fc.array(fc.oneof(names, word), { maxLength: 3 }),
      }),
      { selector: (person) => person.id, maxLength: 4 },
    );
    const withPeople = fc.tuple(logArbitrary, people, fc.array(names, { maxLength: 3 })).map(
      ([log, list, named]): LogFile => ({
        ...log,
        moments: log.moments.map((moment, index) => (index % 2 ? { ...moment, people: named } : moment)),
        people: list,
      }),
    );
    fc.assert(
      fc.property(withPeople, withPeople, (current, source) => {
        const sourceBefore = JSON.stringify(source);
        const { log, report } = importLog(current, source);
        assert.equal(JSON.stringify(source), sourceBefore, 'the other log is not changed');
        assert.ok(validateLog(log).success, 'the result is a valid log');
        const ids = new Set(log.moments.map((moment) => moment.id));
        for (const moment of [...current.moments, ...source.moments]) assert.ok(ids.has(moment.id));
        for (const moment of current.moments)
          assert.equal(
            log.moments.find((kept) => kept.id === moment.id),
            moment,
            "this log's moments are kept",
          );
        assert.deepEqual(
          (log.people ?? []).map((person) => person.id).slice(0, current.people?.length ?? 0),
          (current.people ?? []).map((person) => person.id),
          "this log's people are kept",
        );
        assert.equal(report.added + report.alreadyHere + report.conflicts.length, source.moments.length);
        assert.equal(importLog(log, source).log, log, 'a second import adds nothing');
      }),
      { numRuns: 300 },
    );
  });

  it('imports thousands of people, new ones and ones already here under other ids, in time linear in their number', function () {
    // Indexing the whole list again for each person took 21 s for 8,000 people, inside the log's lock.
    this.timeout(5000);
    const count = 8000;
    const range = Array.from({ length: count }, (_, index) => index);
    const moments = range.map((index) => momentAt('2026-11-16T10:00', { people: [`Person ${index}`] }));
    const here: LogFile = {
      version: 1,
      moments: [],
      people: range
        .filter((index) => index % 2 === 0)
        .map((index) => ({ id: `here-${index}`, name: `Person ${index}` })),
    };
    const source: LogFile = {
      version: 1,
      moments,
      people: range.map((index) => ({ id: `there-${index}`, name: `Person ${index}`, aliases: [`P${index}`] })),
    };
    const { log, report } = importLog(here, source);
    assert.equal(report.peopleAdded, count / 2);
    assert.equal(log.people?.length, count);
    assert.deepEqual(log.people?.[0], { id: 'here-0', name: 'Person 0', aliases: ['P0'] });
    assert.deepEqual(log.people?.at(-1), { id: 'there-7999', name: 'Person 7999', aliases: ['P7999'] });
  });

  it('gives one person thousands of new names from an import in time linear in their number', function () {
    this.timeout(5000);
    const range = Array.from({ length: 8000 }, (_, index) => index);
    const here: LogFile = { version: 1, moments: [], people: [{ id: 'sam', name: 'Sam' }] };
    const source: LogFile = {
      version: 1,
      moments: range.map((index) => momentAt('2026-11-16T10:00', { people: [`Sam ${index}`] })),
      people: range.map((index) => ({ id: `sam-${index}`, name: `Sam ${index}`, aliases: ['Sam'] })),
    };
    const { log, report } = importLog(here, source);
    assert.equal(report.peopleAdded, 0);
    assert.deepEqual(log.people, [{ id: 'sam', name: 'Sam', aliases: range.map((index) => `Sam ${index}`) }]);
    assert.deepEqual(here.people, [{ id: 'sam', name: 'Sam' }], 'the log imported into is not changed');
  });
});
