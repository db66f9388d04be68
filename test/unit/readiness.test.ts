import * as assert from 'node:assert/strict';
import { readinessOf, type Strength, strengthOf } from '../../src/core/ladders/evidence';
import type { Expectation, Ladder } from '../../src/core/ladders/ladder';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { peopleResolver } from '../../src/core/model/people';
import type { Moment } from '../../src/core/model/schema';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';

/** Evidence against a ladder's expectations: what counts, what is counted, and how strong it is. */

function expectation(id: string, overrides: Partial<Expectation> = {}): Expectation {
  return { id, level: 'Staff', text: `Expectation ${id}`, competencies: ['team-development'], ...overrides };
}

const mentors = expectation('mentors', { competencies: ['team-development'] });
const decides = expectation('decides', { competencies: ['decision-making'] });
const onCall = expectation('on-call', { competencies: ['ownership'], tags: ['#OnCall'] });
const writes = expectation('writes', { competencies: ['communication'], kinds: ['communication'] });
const senior = expectation('senior-only', { level: 'Senior' });

const ladder: Ladder = {
  name: 'Test ladder',
  levels: [
    { name: 'Senior', expectations: [senior] },
    { name: 'Staff', expectations: [mentors, decides, onCall, writes] },
  ],
};
const staff = ladder.levels[1] as Ladder['levels'][number];

function readiness(moments: readonly Moment[], people = peopleResolver()) {
  const result = readinessOf(ladder, staff, moments, { kinds: new KindCatalogue(), people });
  const byId = new Map(result.expectations.map((entry) => [entry.expectation.id, entry]));
  return { result, of: (id: string) => byId.get(id) };
}

describe('readiness', () => {
  withTimeZone('Europe/Paris');

  describe('strength', () => {
    const cases: [moments: number, people: number, months: number, strength: Strength][] = [
      [0, 0, 0, 'none'],
      [1, 5, 5, 'thin'],
      [2, 0, 1, 'some'],
      [3, 3, 3, 'some'],
      [4, 1, 1, 'some'],
      [4, 2, 1, 'strong'],
      [4, 0, 2, 'strong'],
      [4, 1, 2, 'strong'],
      [9, 1, 1, 'some'],
      [9, 0, 0, 'some'],
    ];
    for (const [moments, people, months, strength] of cases)
      it(`${moments} moments, ${people} people, ${months} months: ${strength}`, () => {
        assert.equal(strengthOf(moments, people, months), strength);
      });

    it('counts people once however they were named, and months by the local calendar', () => {
      // 31 October 23:30 UTC is 1 November in Paris: two moments in one local month.
      const moments = [
        momentAt('2026-10-31T23:30Z', { people: ['Sam'] }),
        momentAt('2026-11-02T10:00Z', { people: ['@sam_lee'] }),
        momentAt('2026-11-10T10:00Z', { people: ['Sam Lee'] }),
        momentAt('2026-11-20T10:00Z', { people: ['sam'] }),
      ];
      const people = peopleResolver([{ id: 'p1', name: 'Sam Lee', aliases: ['Sam'] }]);
      const entry = readiness(moments, people).of('mentors');
      assert.equal(entry?.people, 1);
      assert.equal(entry?.months, 1);
      assert.equal(entry?.strength, 'some', 'four moments with one person in one month');
      const withPriya = [...moments, momentAt('2026-11-21T10:00Z', { people: ['Priya'] })];
      assert.equal(readiness(withPriya, people).of('mentors')?.strength, 'strong');
      const inDecember = [...moments, momentAt('2026-12-01T10:00Z')];
      assert.equal(readiness(inDecember, people).of('mentors')?.strength, 'strong');
    });
  });

  it('counts moments, starred ones, and the latest local day', () => {
    const entry = readiness([
      momentAt('2026-11-02T10:00Z', { starred: true }),
      momentAt('2026-11-30T23:30Z'),
      momentAt('2026-11-10T10:00Z', { starred: false }),
    ]).of('mentors');
    assert.equal(entry?.evidence.length, 3);
    assert.equal(entry?.starred, 1);
    assert.equal(entry?.latest, '2026-12-01', 'the day in Paris');
    assert.equal(readiness([]).of('mentors')?.latest, null);
  });

  it('matches a moment linked to nothing by its kind’s competencies', () => {
    const pairing = momentAt('2026-11-02T10:00Z', { kind: 'mentoring' });
    const adr = momentAt('2026-11-03T10:00Z', { kind: 'decision' });
    const mystery = momentAt('2026-11-04T10:00Z', { kind: 'hiring' });
    const { of } = readiness([pairing, adr, mystery]);
    assert.deepEqual(
      of('mentors')?.evidence.map((evidence) => [evidence.moment.id, evidence.linked]),
      [[pairing.id, false]],
    );
    assert.deepEqual(
      of('decides')?.evidence.map((evidence) => evidence.moment.id),
      [adr.id],
    );
  });

  it('counts a linked moment for what it is linked to only, even where its kind would match elsewhere', () => {
    const linked = momentAt('2026-11-02T10:00Z', { kind: 'mentoring', expectations: ['decides', 'decides'] });
    const { of, result } = readiness([linked]);
    assert.deepEqual(
      of('decides')?.evidence.map((evidence) => [evidence.moment.id, evidence.linked]),
      [[linked.id, true]],
      'once, however often the id is listed',
    );
    assert.equal(of('mentors')?.evidence.length, 0, 'the link is the user’s word');
    assert.equal(result.withEvidence, 1);
  });

  it('narrows a match to the kinds or tags an expectation lists', () => {
    const tagged = momentAt('2026-11-02T10:00Z', { kind: 'initiative', tags: ['oncall'] });
    const untagged = momentAt('2026-11-03T10:00Z', { kind: 'initiative', tags: ['payments'] });
    const rfc = momentAt('2026-11-04T10:00Z', { kind: 'communication' });
    const talk = momentAt('2026-11-05T10:00Z', { kind: 'networking' });
    const { of } = readiness([tagged, untagged, rfc, talk]);
    assert.deepEqual(
      of('on-call')?.evidence.map((evidence) => evidence.moment.id),
      [tagged.id],
      '#OnCall in the ladder is oncall on the moment',
    );
    assert.deepEqual(
      of('writes')?.evidence.map((evidence) => evidence.moment.id),
      [rfc.id],
      'networking shares the competency but is not a listed kind',
    );
  });

  it('reports links to ids the ladder no longer has, and keeps links to other levels quiet', () => {
    const gone = momentAt('2026-11-02T10:00Z', { expectations: ['reworded-away'] });
    const alsoGone = momentAt('2026-11-03T10:00Z', { expectations: ['mentors', 'reworded-away', 'removed'] });
    const toSenior = momentAt('2026-11-04T10:00Z', { expectations: ['senior-only'] });
    const { of, result } = readiness([gone, alsoGone, toSenior]);
    assert.deepEqual(
      result.staleLinks.map((stale) => [stale.expectationId, stale.moments.map((moment) => moment.id)]),
      [
        ['reworded-away', [gone.id, alsoGone.id]],
        ['removed', [alsoGone.id]],
      ],
    );
    assert.deepEqual(
      of('mentors')?.evidence.map((evidence) => evidence.moment.id),
      [alsoGone.id],
      'the link that still holds counts',
    );
    assert.equal(of('mentors')?.evidence.length, 1, 'a moment linked only to a removed id is not matched instead');
  });

  it('keeps the ladder’s order and sums up', () => {
    const { result } = readiness([
      ...['08', '09', '10', '11'].map((day) => momentAt(`2026-${day}-02T10:00Z`, { kind: 'mentoring' })),
      momentAt('2026-11-02T10:00Z', { kind: 'decision' }),
    ]);
    assert.deepEqual(
      result.expectations.map((entry) => [entry.expectation.id, entry.strength]),
      [
        ['mentors', 'strong'],
        ['decides', 'thin'],
        ['on-call', 'none'],
        ['writes', 'none'],
      ],
    );
    assert.equal(result.withEvidence, 2);
    assert.equal(result.strong, 1);
  });
});
