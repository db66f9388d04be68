import * as assert from 'node:assert/strict';
import { builtInLadder } from '../../src/core/ladders/builtInLadders';
import { competencyStandings, type FitContext, trackFit } from '../../src/core/ladders/competencyFit';
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

  it('reads both built-in ladders at the same level, with the energy of their evidence and the mean enjoy rating', () => {
    const fit = trackFit('management', builtInLadder('management'), 1, mentoring, context([checkIn]));
    assert.equal(fit.level.name, 'Team Lead');
    assert.equal(fit.expectations, builtInLadder('management').levels[1]?.expectations.length);
    assert.deepEqual(fit.energy, { energised: 2, neutral: 0, drained: 1 }, 'each moment once, however many it matches');
    // Team Lead names delegation (2), team development (5) and decision-making (4) among its competencies.
    assert.equal(fit.enjoy, 11 / 3);
    assert.equal(fit.enjoyRated, 3);
    assert.equal(trackFit('staff-ic', builtInLadder('staff-ic'), 9, [], context()).level.name, 'Principal');
    assert.equal(trackFit('staff-ic', builtInLadder('staff-ic'), 1, [], context()).enjoy, undefined);
  });

  it('lists the user’s track first, then the other, in words', () => {
    const rows = trackRows('staff-ic', 1, mentoring, context([checkIn]));
    assert.deepEqual(
      rows.map((row) => [row.name, row.current]),
      [
        ['Staff / Principal IC: Staff', true],
        ['Management: Team Lead', false],
      ],
    );
    assert.match(rows[1]?.evidence ?? '', /^\d of 9 expectations with evidence, \d strong$/);
    assert.equal(rows[1]?.enjoy, '3.7 of 5, from 3 competencies');
    assert.equal(trackRows('management', 1, [], context())[0]?.enjoy, 'Not rated yet');
  });
});
