import * as assert from 'node:assert/strict';
import { customPeriod } from '../../src/core/insights/period';
import { gapSuggestion } from '../../src/core/insights/competencyGaps';
import { kindsForExpectation } from '../../src/core/ladders/expectationKinds';
import { withLink, withoutLink } from '../../src/core/ladders/expectationLinks';
import type { Expectation, Ladder } from '../../src/core/ladders/ladder';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';
import type { Moment } from '../../src/core/model/schema';
import {
  readinessHostToViewSchema,
  readinessSnapshotSchema,
  readinessViewToHostSchema,
} from '../../src/readinessProtocol';
import { buildReadinessView, focusCompetency, type ReadinessViewInput } from '../../src/viewModel/readinessView';
import { linkCandidates } from '../../src/viewModel/linkCandidates';
import { ratingsSource } from '../../src/viewModel/readinessFit';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';

/** The readiness view's model: grouping by area, counts, strength and suggestions in words, links. */

function expectation(id: string, level: string, overrides: Partial<Expectation> = {}): Expectation {
  return { id, level, text: `Text of ${id}`, competencies: ['team-development'], ...overrides };
}

const ladder: Ladder = {
  name: 'Test ladder',
  levels: [
    {
      name: 'Senior',
      expectations: [expectation('senior.mentors', 'Senior', { area: 'People' })],
    },
    {
      name: 'Staff',
      expectations: [
        expectation('staff.grows', 'Staff', { area: 'People' }),
        expectation('staff.decides', 'Staff', { area: 'Direction', competencies: ['decision-making'] }),
        expectation('staff.delegates', 'Staff', { area: 'People', competencies: ['delegation', 'team-development'] }),
        expectation('staff.strategy', 'Staff', { area: 'Direction', competencies: ['strategic-vision'] }),
      ],
    },
  ],
};

const NOVEMBER = customPeriod(new Date(2026, 10, 1), new Date(2026, 10, 30));
const NOW = new Date(2026, 10, 30, 12);

function view(moments: readonly Moment[], overrides: Partial<ReadinessViewInput> = {}) {
  return buildReadinessView({
    ladder,
    level: ladder.levels[0],
    target: ladder.levels[1] as Ladder['levels'][number],
    track: 'staff-ic',
    moments,
    period: NOVEMBER,
    periodOptions: [{ id: 'last-6-months', label: 'Last 6 months' }],
    periodSelected: 'last-6-months',
    kinds: new KindCatalogue(),
    now: NOW,
    language: new DisplayLanguage('en'),
    ...overrides,
  });
}

function expectationIn(snapshot: ReturnType<typeof view>, id: string) {
  const found = snapshot.target.areas.flatMap((area) => area.expectations).find((entry) => entry.id === id);
  assert.ok(found, `no expectation ${id}`);
  return found;
}

describe('the readiness view model', () => {
  withTimeZone('Europe/Paris');

  const mentoring = [
    momentAt('2026-11-02T10:00', { people: ['Sam'], starred: true, impact: 'Sam runs triage' }),
    momentAt('2026-11-09T10:00', { people: ['Kim'] }),
    momentAt('2026-11-16T10:00', { people: ['Sam'] }),
    momentAt('2026-11-23T10:00', { people: ['Ana'], outcome: { text: 'Ana leads the guild', at: NOW.toISOString() } }),
  ];

  it('heads the view with the target level, its counts and the period', () => {
    const snapshot = view(mentoring);
    // Mentoring matches "grows" and "delegates" (team development); nothing else has evidence.
    assert.equal(snapshot.headline, 'Staff: 2 of 4 expectations with evidence, 2 strong — 2026-11-01 to 2026-11-30');
    assert.equal(snapshot.target.summary, 'Staff: 2 of 4 expectations with evidence, 2 strong');
    assert.equal(snapshot.ladderLine, 'Ladder: Test ladder · from Senior · built in');
    assert.equal(snapshot.period.range, '2026-11-01 to 2026-11-30');
    assert.match(snapshot.strengthRule, /Strong: 4 or more, shared with at least 2 people/);
  });

  it('groups expectations by area in the order the ladder first names each, keeping ladder order within', () => {
    const snapshot = view([]);
    assert.deepEqual(
      snapshot.target.areas.map((area) => [area.name, area.expectations.map((entry) => entry.id)]),
      [
        ['People', ['staff.grows', 'staff.delegates']],
        ['Direction', ['staff.decides', 'staff.strategy']],
      ],
    );
  });

  it('counts moments, links, people, starred and the latest day in words, and the strength in words', () => {
    const grows = expectationIn(
      view([...mentoring.slice(0, 3), withLink(mentoring[3] as Moment, 'staff.grows')]),
      'staff.grows',
    );
    assert.equal(grows.strength, 'strong');
    assert.equal(grows.strengthLabel, 'Strong');
    assert.equal(grows.counts, '4 moments · 1 linked · 3 people · 1 starred · latest on Nov 23');
    assert.equal(grows.competencies, 'Team development');
    assert.equal(grows.suggestion, undefined, 'strong evidence needs no suggestion');
  });

  it('lists an expectation’s moments newest first, linked or matched, with the outcome (else the impact)', () => {
    const linked = withLink(mentoring[3] as Moment, 'staff.grows');
    const grows = expectationIn(view([mentoring[0] as Moment, linked]), 'staff.grows');
    assert.deepEqual(
      grows.moments.map((moment) => [moment.summary, moment.linked, moment.outcome]),
      [
        [linked.summary, true, 'Ana leads the guild'],
        [mentoring[0]?.summary, false, 'Sam runs triage'],
      ],
    );
  });

  it('says what confirming a match ends elsewhere: a linked moment counts for its links only', () => {
    const [first] = mentoring;
    const snapshot = view([first as Moment]);
    // The mentoring moment matches two Staff expectations and the Senior one shown below.
    assert.equal(
      expectationIn(snapshot, 'staff.grows').moments[0]?.confirmNote,
      'Confirming links it here only: it stops counting for 2 other expectations.',
    );
    const alone = view([momentAt('2026-11-03T10:00', { kind: 'decision' })]);
    assert.equal(expectationIn(alone, 'staff.decides').moments[0]?.confirmNote, undefined, 'it counts nowhere else');
  });

  it('offers one thing to try this week for none and thin evidence, in the track’s voice', () => {
    const snapshot = view([momentAt('2026-11-03T10:00', { kind: 'decision' })]);
    assert.equal(expectationIn(snapshot, 'staff.decides').strength, 'thin');
    assert.equal(expectationIn(snapshot, 'staff.decides').suggestion, gapSuggestion('decision-making', 'staff-ic'));
    assert.equal(expectationIn(snapshot, 'staff.strategy').suggestion, gapSuggestion('strategic-vision', 'staff-ic'));
    assert.equal(expectationIn(snapshot, 'staff.strategy').counts, 'No moment in this period');
    const managing = view([], { track: 'management' });
    assert.equal(expectationIn(managing, 'staff.strategy').suggestion, gapSuggestion('strategic-vision', 'management'));
  });

  it('suggests work on the competency of an expectation the period shows least of', () => {
    const delegates = ladder.levels[1]?.expectations[2] as Expectation;
    assert.equal(focusCompetency(delegates, new Map()), 'delegation', 'the first among equals');
    assert.equal(focusCompetency(delegates, new Map([['delegation', 3]])), 'team-development');
  });

  it('shows the current level below, and none when the target is the ladder’s first level', () => {
    assert.equal(view([]).current?.name, 'Senior');
    assert.equal(view([], { level: undefined }).current, undefined);
  });

  it('lists links to ids the ladder no longer has, with their moments, never dropping them', () => {
    const stale = withLink(momentAt('2026-11-05T10:00'), 'staff.reworded');
    const snapshot = view([stale]);
    assert.deepEqual(
      snapshot.staleLinks.map((entry) => [entry.expectationId, entry.moments.map((shown) => [shown.id, shown.linked])]),
      [['staff.reworded', [[stale.id, true]]]],
    );
  });

  it('names a company ladder’s file, and carries the ladder’s and the log’s problems', () => {
    const snapshot = view([], {
      ladderFile: '~/ladder.csv',
      ladderProblem: 'The ladder cannot be used',
      logProblem: 'The log is newer',
    });
    assert.equal(snapshot.ladderLine, 'Ladder: Test ladder · from Senior · ~/ladder.csv');
    assert.equal(snapshot.ladderProblem, 'The ladder cannot be used');
    assert.equal(snapshot.logProblem, 'The log is newer');
  });

  it('offers only web addresses of a moment to open', () => {
    const moment = momentAt('2026-11-05T10:00', {
      links: ['https://example.com/pr/1', 'javascript:alert(1)', 'file:///etc/passwd'],
    });
    assert.deepEqual(expectationIn(view([moment]), 'staff.grows').moments[0]?.links, ['https://example.com/pr/1']);
  });

  it('builds snapshots the protocol accepts', () => {
    const snapshot = view([...mentoring, withLink(momentAt('2026-11-05T10:00'), 'gone')]);
    assert.ok(readinessHostToViewSchema.safeParse({ type: 'snapshot', snapshot }).success);
  });
});

describe('linking a moment to an expectation', () => {
  const moment = momentAt('2026-11-05T10:00');

  it('adds a link once, keeping the links it had', () => {
    const once = withLink(withLink(moment, 'a'), 'b');
    assert.deepEqual(once.expectations, ['a', 'b']);
    assert.equal(withLink(once, 'a'), once, 'linking again changes nothing');
  });

  it('removes a link, and the field with the last one, so the kind matches it again', () => {
    const linked = withLink(withLink(moment, 'a'), 'b');
    assert.deepEqual(withoutLink(linked, 'a').expectations, ['b']);
    assert.equal('expectations' in withoutLink(withoutLink(linked, 'a'), 'b'), false);
    assert.deepEqual(withoutLink(moment, 'a'), moment);
  });
});

describe('the readiness protocol', () => {
  const valid = [
    { type: 'ready' },
    { type: 'choosePeriod', period: 'last-6-months' },
    { type: 'pickPeriod' },
    { type: 'openCode', id: 'a moment id' },
    { type: 'openLink', url: 'https://example.com' },
    { type: 'confirm', momentId: 'm1', expectationId: 'staff.grows' },
    { type: 'unlink', momentId: 'm1', expectationId: 'staff.grows' },
    { type: 'linkMoment', expectationId: 'staff.grows' },
    { type: 'logFor', expectationId: 'staff.grows' },
  ];
  for (const message of valid)
    it(`accepts ${message.type} from the view`, () => {
      assert.ok(readinessViewToHostSchema.safeParse(message).success);
    });

  const malformed: [string, unknown][] = [
    ['an unknown type', { type: 'deleteEverything' }],
    ['no type', { momentId: 'm1' }],
    ['a confirm without its expectation', { type: 'confirm', momentId: 'm1' }],
    ['a blank moment id', { type: 'unlink', momentId: '  ', expectationId: 'a' }],
    ['a non-string expectation id', { type: 'linkMoment', expectationId: 42 }],
    ['a period that is no preset id', { type: 'choosePeriod', period: '../../etc' }],
    ['a command: link', { type: 'openLink', url: 'command:workbench.action.terminal.new' }],
    ['a javascript: link', { type: 'openLink', url: 'javascript:alert(1)' }],
    ['not an object', 'ready'],
  ];
  for (const [what, message] of malformed)
    it(`rejects ${what} from the view`, () => {
      assert.equal(readinessViewToHostSchema.safeParse(message).success, false);
    });

  it('rejects a snapshot with an unknown strength or an icon that is no codicon name', () => {
    const snapshot = view([momentAt('2026-11-05T10:00')]);
    const withStrength = structuredClone(snapshot);
    (withStrength.target.areas[0]?.expectations[0] as { strength: string }).strength = 'legendary';
    assert.equal(readinessSnapshotSchema.safeParse(withStrength).success, false);
    const withIcon = structuredClone(snapshot);
    const shown = withIcon.target.areas[0]?.expectations[0]?.moments[0];
    assert.ok(shown);
    shown.icon = 'x" onload="alert(1)';
    assert.equal(readinessSnapshotSchema.safeParse(withIcon).success, false);
  });
});

describe('Link a Moment… and Log a Moment for This', () => {
  const kinds = new KindCatalogue();
  const decides = expectation('staff.decides', 'Staff', { competencies: ['decision-making'] });

  it('labels only the moments whose kind matches, says where others are linked, and leaves out those linked here', () => {
    const decision = momentAt('2026-11-02T10:00', { kind: 'decision', summary: 'Chose the queue' });
    const mentoring = momentAt('2026-11-03T10:00', { kind: 'mentoring', summary: 'Paired with Sam' });
    const elsewhere = withLink(momentAt('2026-11-04T10:00', { kind: 'decision' }), 'staff.grows');
    const here = withLink(momentAt('2026-11-05T10:00', { kind: 'decision' }), decides.id);
    const offered = linkCandidates([decision, mentoring, elsewhere, here], decides.id, decides, kinds);
    assert.deepEqual(
      offered.map(({ moment, note }) => [moment.id, note]),
      [
        [elsewhere.id, 'Linked to 1 other expectation; linking adds this one.'],
        [mentoring.id, undefined],
        [decision.id, 'Counts here already, matched by its kind; once linked it counts only for what it is linked to.'],
      ],
    );
    assert.deepEqual(
      linkCandidates([decision], 'staff.reworded', undefined, kinds).map(({ note }) => note),
      [undefined],
      'an expectation the ladder no longer has matches nothing',
    );
  });

  it('offers first the kinds an expectation lists, else those of its first competency, then of any', () => {
    const ids = (competencies: Expectation['competencies'], listed?: string[]) =>
      kindsForExpectation(kinds.all(), { competencies, ...(listed ? { kinds: listed } : {}) }).map((kind) => kind.id);
    assert.deepEqual(ids(['decision-making']).slice(0, 1), ['decision']);
    assert.deepEqual(ids(['delegation', 'team-development']).slice(0, 2), ['delegation', 'mentoring']);
    assert.deepEqual(ids(['team-development'], ['communication', 'decision']).slice(0, 2), [
      'communication',
      'decision',
    ]);
    assert.equal(ids(['decision-making']).length, kinds.all().length, 'every kind stays on offer');
  });
});

describe('where the ratings come from', () => {
  withTimeZone('Europe/Paris');
  const english = new DisplayLanguage('en');
  const checkInOn = (at: string) => [
    { id: '00000000-0000-4000-8000-0000000c0001', at: new Date(at).toISOString(), ratings: {} },
  ];

  it('words the latest check-in’s day as a sentence says it', () => {
    const said = (at: string) => ratingsSource(checkInOn(at), NOW, english).split('.')[0];
    assert.equal(said('2026-11-30T09:00'), 'Ratings from your check-ins, the latest today');
    assert.equal(said('2026-11-29T09:00'), 'Ratings from your check-ins, the latest yesterday');
    assert.equal(said('2026-11-26T09:00'), 'Ratings from your check-ins, the latest on Thursday');
    assert.equal(said('2026-11-09T09:00'), 'Ratings from your check-ins, the latest on Nov 9');
  });
});

describe('the readiness view model of a hostile log', () => {
  withTimeZone('Europe/Paris');

  const parses = (snapshot: ReturnType<typeof view>) =>
    assert.doesNotThrow(() => readinessHostToViewSchema.parse({ type: 'snapshot', snapshot }));

  it('sends the newest 20 moments of an expectation and says how many earlier ones there are', () => {
    const moments = Array.from({ length: 34 }, (_, day) =>
      momentAt(new Date(2026, 10, 1 + Math.floor(day / 2), 9 + (day % 2))),
    );
    const grows = expectationIn(view(moments), 'staff.grows');
    assert.equal(grows.moments.length, 20);
    assert.equal(grows.moments[0]?.id, moments[33]?.id, 'the newest first');
    assert.equal(grows.earlierMoments, 'and 14 earlier moments');
    assert.equal(expectationIn(view(moments.slice(0, 21)), 'staff.grows').earlierMoments, 'and 1 earlier moment');
    assert.equal(expectationIn(view(moments.slice(0, 20)), 'staff.grows').earlierMoments, undefined);
  });

  it('sends ten web links of a moment, and none too long to open', () => {
    const links = [
      `https://example.com/${'x'.repeat(8200)}`,
      ...Array.from({ length: 2000 }, (_, at) => `https://example.com/pr/${at}`),
    ];
    const snapshot = view([momentAt('2026-11-02T10:00', { links })]);
    parses(snapshot);
    assert.deepEqual(expectationIn(snapshot, 'staff.grows').moments[0]?.links, links.slice(1, 11));
  });

  it('clips a summary and an outcome longer than the protocol carries, and still draws', () => {
    const summary = 's'.repeat(25_000);
    const snapshot = view([momentAt('2026-11-02T10:00', { summary, impact: 'i'.repeat(25_000) })], {
      ladderProblem: 'p'.repeat(30_000),
      ladderFile: `/${'d/'.repeat(5000)}ladder.csv`,
    });
    parses(snapshot);
    const [shown] = expectationIn(snapshot, 'staff.grows').moments;
    assert.ok(shown?.summary.startsWith('sss'));
    assert.ok(shown?.summary.endsWith('…'));
    assert.ok((snapshot.ladderProblem?.length ?? 0) < 5000);
    assert.ok(snapshot.ladderLine.endsWith('ladder.csv'));
  });

  it('shows a moment whose id is too long to send back, without its actions', () => {
    const snapshot = view([momentAt('2026-11-02T10:00', { id: 'm'.repeat(10_001) })]);
    parses(snapshot);
    const [shown] = expectationIn(snapshot, 'staff.grows').moments;
    assert.ok(shown);
    assert.equal(shown.id, undefined);
  });

  it('shows moments linked to an id too long to send back, cut and without their actions', () => {
    const snapshot = view([momentAt('2026-11-02T10:00', { kind: 'learning', expectations: ['e'.repeat(5000)] })]);
    parses(snapshot);
    const [stale] = snapshot.staleLinks;
    assert.equal(stale?.expectationId.length, 1000);
    assert.equal(stale?.moments[0]?.id, undefined);
  });
});
