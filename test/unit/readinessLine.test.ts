import * as assert from 'node:assert/strict';
import { Timeline } from '../../src/core/insights/timeline';
import type { Expectation, Ladder } from '../../src/core/ladders/ladder';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { peopleResolver } from '../../src/core/model/people';
import type { Moment } from '../../src/core/model/schema';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';
import { readinessLine } from '../../src/viewModel/readinessLine';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';

/** The sidebar's readiness line: the target level's expectations with evidence from the last six months. */

function expectation(id: string, competencies: Expectation['competencies']): Expectation {
  return { id, level: 'Staff', text: `Expectation ${id}`, competencies };
}

const ladder: Ladder = {
  name: 'Test ladder',
  levels: [
    { name: 'Senior', expectations: [expectation('senior', ['communication'])] },
    {
      name: 'Staff',
      expectations: [
        expectation('grows', ['team-development']),
        expectation('decides', ['decision-making']),
        expectation('writes', ['communication']),
        expectation('strategy', ['strategic-vision']),
      ],
    },
  ],
};
const staff = ladder.levels[1] as Ladder['levels'][number];
const now = new Date('2026-11-20T12:00:00');

function lineFor(moments: readonly Moment[]) {
  return readinessLine({
    ladder,
    target: staff,
    timeline: Timeline.build(moments),
    now,
    weekStartsOn: 'monday',
    kinds: new KindCatalogue(),
    people: peopleResolver(),
    language: new DisplayLanguage('en'),
  });
}

describe('the sidebar’s readiness line', () => {
  withTimeZone('Europe/Paris');

  it('counts the target level’s expectations with evidence, and the strong ones', () => {
    const moments = [
      // Mentoring is evidence for team development and communication: four, with two people, is strong for both.
      momentAt('2026-09-01T10:00', { people: ['Sam'] }),
      momentAt('2026-10-01T10:00', { people: ['Kim'] }),
      momentAt('2026-11-02T10:00'),
      momentAt('2026-11-18T10:00'),
      momentAt('2026-11-19T10:00', { kind: 'decision' }),
    ];
    const line = lineFor(moments);
    assert.equal(line.text, 'Staff: 3 of 4 expectations with evidence, 2 strong');
    assert.equal(
      line.label,
      'Show Readiness — Staff: 3 of 4 expectations with evidence, 2 strong, in the last 6 months',
    );
  });

  it('leaves out what is older than six months, and what has not happened yet', () => {
    const moments = [
      momentAt('2026-05-20T10:00', { kind: 'decision' }),
      momentAt('2026-05-21T10:00', { kind: 'strategy' }),
      momentAt('2026-11-21T10:00', { kind: 'mentoring' }),
    ];
    // 21 May is the first day of the six months up to 20 November; 20 May and tomorrow are outside.
    assert.equal(lineFor(moments).text, 'Staff: 1 of 4 expectations with evidence, 0 strong');
  });

  it('says nothing is there yet for a log without evidence', () => {
    assert.equal(lineFor([]).text, 'Staff: 0 of 4 expectations with evidence, 0 strong');
  });
});
