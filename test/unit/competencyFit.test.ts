import * as assert from 'node:assert/strict';
import { builtInLadder } from '../../src/core/ladders/builtInLadders';
import { competencyStandings, type FitContext, trackFits } from '../../src/core/ladders/competencyFit';
import { latestRatings } from '../../src/core/ladders/selfRatings';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { peopleResolver } from '../../src/core/model/people';
import type { CheckIn } from '../../src/core/model/schema';
import { COMPETENCIES } from '../../src/core/model/taxonomy';
import { ratingRows, trackRows } from '../../src/viewModel/readinessFit';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';

/** "What am I good at, what do I enjoy?": per competency and per track, from the log and the check-ins. */

function context(checkIns: CheckIn[] = []): FitContext {
  return { kinds: new KindCatalogue(), people: peopleResolver(), ratings: latestRatings(checkIns) };
}

const checkIn: CheckIn = {
  id: 'c1',
  at: '2026-11-01T10:00:00.000Z',
  ratings: {
    delegation: { good: 5, enjoy: 2 },
    'team-development': { good: 1, enjoy: 5 },
    'decision-making': { enjoy: 4 },
  },
};

describe('competency standings and track fit', () => {
  withTimeZone('Europe/Paris');

  const mentoring = [
    momentAt('2026-09-02T10:00', { people: ['Sam'], energy: 'energised' }),
    momentAt('2026-10-09T10:00', { people: ['Kim'], energy: 'energised' }),
    momentAt('2026-11-16T10:00', { people: ['Sam'], energy: 'drained' }),
    momentAt('2026-11-23T10:00', { people: ['Ana'] }),
  ];

  it('tallies each competency’s evidence from the moments’ kinds and chosen competency, with their energy', () => {
    const feedback = momentAt('2026-11-20T10:00', { kind: 'learning', competency: 'ownership', energy: 'neutral' });
    const standings = competencyStandings([...mentoring, feedback], context());
    const of = (id: string) => standings.find((standing) => standing.competency === id);
    assert.equal(standings.length, COMPETENCIES.length, 'every competency, in taxonomy order');
    assert.deepEqual(
      [of('team-development')?.moments, of('team-development')?.people, of('team-development')?.strength],
      [4, 3, 'strong'],
    );
    assert.deepEqual(of('team-development')?.energy, { energised: 2, neutral: 0, drained: 1 });
    assert.equal(of('ownership')?.moments, 1, 'the competency chosen when logging counts too');
    assert.equal(of('continuous-learning')?.moments, 1);
    assert.equal(of('delegation')?.strength, 'none');
  });

  it('puts the latest self-rating beside the evidence, and marks a sharp disagreement', () => {
    const standings = competencyStandings(mentoring, context([checkIn]));
    const of = (id: string) => standings.find((standing) => standing.competency === id);
    assert.equal(of('delegation')?.disconnect, 'rated-high-little-evidence');
    assert.equal(of('team-development')?.disconnect, 'rated-low-strong-evidence');
    assert.equal(of('decision-making')?.disconnect, undefined, 'no good rating, no verdict');
    assert.deepEqual(of('decision-making')?.rating, { enjoy: 4, at: checkIn.at });
  });

  it('words the rows: rating out of five, energy, and the disagreement as a suggestion, never a verdict', () => {
    const rows = ratingRows(mentoring, context([checkIn]));
    const delegation = rows.find((row) => row.competency === 'Delegation');
    assert.deepEqual(delegation, {
      competency: 'Delegation',
      strength: 'none',
      strengthLabel: 'No evidence',
      evidence: 'No moment in this period',
      good: '5 of 5',
      enjoy: '2 of 5',
      energy: 'No energy logged',
      disconnect:
        'Your rating and your log disagree: rated high, little in the log. Log more of it, or rethink the rating.',
    });
    const growing = rows.find((row) => row.competency === 'Team development');
    assert.equal(growing?.evidence, '4 moments · 3 people');
    assert.equal(growing?.energy, '2 energised · 1 drained');
  });

  describe('which track fits', () => {
    const tracks = [
      { track: 'management' as const, ladder: builtInLadder('management') },
      { track: 'staff-ic' as const, ladder: builtInLadder('staff-ic') },
    ];
    // Handling conflicts (emotional intelligence) felt good; presenting (communication) drained.
    const log = [
      momentAt('2026-10-05T10:00', { kind: 'conflict', people: ['Sam'], energy: 'energised' }),
      momentAt('2026-10-19T10:00', { kind: 'conflict', people: ['Kim'], energy: 'energised' }),
      momentAt('2026-11-09T10:00', { kind: 'conflict', people: ['Sam'], energy: 'energised' }),
      momentAt('2026-11-12T10:00', { kind: 'communication', energy: 'drained' }),
      momentAt('2026-11-18T10:00', { kind: 'communication', energy: 'drained' }),
    ];
    const ratings: CheckIn = {
      id: 'c2',
      at: '2026-11-20T10:00:00.000Z',
      ratings: {
        'team-development': { good: 2, enjoy: 5 },
        'emotional-intelligence': { good: 3, enjoy: 4 },
        communication: { good: 5, enjoy: 2 },
      },
    };

    it('sets each track apart by the competencies its level asks for in more expectations than the other’s', () => {
      const distinct = (position: number) =>
        trackFits(tracks, position, [], context()).map((fit) => [fit.level.name, fit.distinct]);
      assert.deepEqual(distinct(1), [
        ['Team Lead', ['team-development', 'emotional-intelligence']],
        ['Staff', ['communication']],
      ]);
      assert.deepEqual(distinct(2), [
        ['Leader', ['delegation', 'decision-making']],
        ['Principal', []],
      ]);
      assert.equal(trackFits(tracks, 9, [], context())[1]?.level.name, 'Principal', 'past the top: the top');
    });

    it('reads the evidence, energy and ratings of those competencies only', () => {
      const [management, staff] = trackFits(tracks, 1, log, context([ratings]));
      assert.deepEqual(
        [management?.evidence.moments, management?.evidence.people, management?.energy],
        [3, 2, { energised: 3, neutral: 0, drained: 0 }],
      );
      assert.deepEqual(management?.good, { mean: 2.5, rated: ['team-development', 'emotional-intelligence'] });
      assert.deepEqual(management?.enjoy, { mean: 4.5, rated: ['team-development', 'emotional-intelligence'] });
      assert.deepEqual([staff?.evidence.moments, staff?.energy], [2, { energised: 0, neutral: 0, drained: 2 }]);
      assert.deepEqual(staff?.enjoy, { mean: 2, rated: ['communication'] });
    });

    it('words two rows that differ: good at one, enjoys the other; the user’s track first', () => {
      const rows = trackRows('staff-ic', 1, log, context([ratings]));
      assert.deepEqual(rows, [
        {
          name: 'Staff / Principal IC: Staff',
          current: true,
          evidence: 'Communication & influence: 2 moments',
          energy: '2 drained',
          good: 'Communication & influence: good 5 of 5',
          enjoy: 'Communication & influence: enjoy 2 of 5',
        },
        {
          name: 'Management: Team Lead',
          current: false,
          evidence: 'Team development, Emotional intelligence: 3 moments · 2 people',
          energy: '3 energised',
          good: 'Team development, Emotional intelligence: good 2.5 of 5',
          enjoy: 'Team development, Emotional intelligence: enjoy 4.5 of 5',
        },
      ]);
      assert.notDeepEqual(
        rows.map(({ evidence, energy, good, enjoy }) => [evidence, energy, good, enjoy])[0],
        rows.map(({ evidence, energy, good, enjoy }) => [evidence, energy, good, enjoy])[1],
      );
    });

    it('says so when those competencies have no rating yet, or only some', () => {
      const unrated = trackRows('management', 1, [], context());
      assert.equal(unrated[0]?.evidence, 'Team development, Emotional intelligence: No moment in this period');
      assert.equal(unrated[0]?.enjoy, 'Team development, Emotional intelligence: no rating yet — Check In… to add one');
      const some = trackRows('management', 1, [], context([checkIn]));
      assert.equal(some[0]?.enjoy, 'Team development: enjoy 5 of 5 (Emotional intelligence: no rating yet)');
    });

    it('says when a track asks for no competency more often than the other', () => {
      const [, principal] = trackRows('management', 2, log, context([ratings]));
      assert.deepEqual(principal, {
        name: 'Staff / Principal IC: Principal',
        current: false,
        evidence: 'Asks for no competency more often than Management: Leader',
        energy: '—',
        good: '—',
        enjoy: '—',
      });
    });
  });
});
