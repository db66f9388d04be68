import * as assert from 'node:assert/strict';
import { renderBragDocument } from '../../src/core/documents/bragDocument';
import { allocateMoments } from '../../src/core/documents/selfReview/answerAllocation';
import type { ReviewForm } from '../../src/core/documents/selfReview/forms';
import { colleaguesOf } from '../../src/core/insights/colleagues';
import { competenciesWithoutEvidence } from '../../src/core/insights/competencyGaps';
import { resolvePeriod } from '../../src/core/insights/period';
import { summariseWeek } from '../../src/core/insights/summary';
import { Timeline } from '../../src/core/insights/timeline';
import { readinessOf } from '../../src/core/ladders/evidence';
import type { Ladder } from '../../src/core/ladders/ladder';
import { KindCatalogue, momentCompetencies } from '../../src/core/model/kindCatalogue';
import { peopleResolver } from '../../src/core/model/people';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';
import { momentAt } from '../support/moments';

const kinds = new KindCatalogue();

/** Feedback from Dana on how work was handed off: the kind says learning, the choice says delegation. */
function feedbackOnDelegation() {
  return momentAt('2026-11-18T10:00', {
    kind: 'feedback-received',
    summary: 'Asked Dana how I hand work off',
    people: ['Dana'],
    competency: 'delegation',
  });
}

describe("a moment's competencies", () => {
  it("are the chosen competency first, then the kind's", () => {
    assert.deepEqual(momentCompetencies(feedbackOnDelegation(), kinds), ['delegation', 'continuous-learning']);
    assert.deepEqual(momentCompetencies({ kind: 'craft' }, kinds), ['technical-depth', 'decision-making']);
  });

  it('count a chosen competency the kind already has once, first', () => {
    assert.deepEqual(momentCompetencies({ kind: 'delegation', competency: 'team-development' }, kinds), [
      'team-development',
      'delegation',
    ]);
  });

  it('ignore a chosen id this version does not know, as they do an unknown kind', () => {
    assert.deepEqual(momentCompetencies({ kind: 'feedback-received', competency: 'hiring-bar' }, kinds), [
      'continuous-learning',
    ]);
    assert.deepEqual(momentCompetencies({ kind: 'hiring', competency: 'Delegation' }, kinds), []);
    assert.deepEqual(momentCompetencies({ kind: 'hiring', competency: 'delegation' }, kinds), ['delegation']);
  });
});

describe('feedback received about delegation counts for delegation', () => {
  const now = new Date('2026-11-20T12:00');

  it('in the week summary', () => {
    const timeline = Timeline.build([feedbackOnDelegation()]);
    const summary = summariseWeek(timeline, new Date('2026-11-16T00:00'), now, kinds);
    const count = (id: string) => summary.byCompetency.find((entry) => entry.competency === id)?.count;
    assert.equal(count('delegation'), 1);
    assert.equal(count('continuous-learning'), 1);
    assert.equal(count('team-development'), 0);
  });

  it('in the gaps', () => {
    const gaps = competenciesWithoutEvidence(
      Timeline.build([feedbackOnDelegation()]),
      new Date('2026-11-01T00:00'),
      now,
      'management',
      kinds,
    ).map((gap) => gap.competency);
    assert.ok(!gaps.includes('delegation'));
    assert.ok(gaps.includes('team-development'));
  });

  it("in a ladder's evidence, matched by competency", () => {
    const ladder: Ladder = {
      name: 'Test ladder',
      levels: [
        {
          name: 'Lead',
          expectations: [
            { id: 'delegates', level: 'Lead', text: 'Delegates.', competencies: ['delegation'] },
            { id: 'grows', level: 'Lead', text: 'Grows people.', competencies: ['team-development'] },
          ],
        },
      ],
    };
    const readiness = readinessOf(ladder, ladder.levels[0] as Ladder['levels'][number], [feedbackOnDelegation()], {
      kinds,
      people: peopleResolver(),
    });
    assert.deepEqual(
      readiness.expectations.map((entry) => [entry.expectation.id, entry.evidence.length]),
      [
        ['delegates', 1],
        ['grows', 0],
      ],
    );
  });

  it('with the colleague who gave it', () => {
    const [dana] = colleaguesOf([feedbackOnDelegation()], { kinds });
    assert.deepEqual(
      dana?.competencies.map((shared) => shared.competency),
      ['delegation', 'continuous-learning'],
    );
  });

  it('in the brag document: at a glance, and grouped under Delegation', () => {
    const brag = renderBragDocument(
      Timeline.build([feedbackOnDelegation()]),
      resolvePeriod('this-year', now, 'monday', new DisplayLanguage('en')),
      { weekStartsOn: 'monday', track: 'management', includePrivateSections: false, kinds },
    );
    assert.match(brag, /Strongest competencies?: .*Delegation \(1\)/);
    assert.match(brag, /## Delegation\n\n- Asked Dana how I hand work off \(Nov 18\)\\\n {2}_Continuous learning_\n/);
  });

  it('in a self-review, answering the question on delegation', () => {
    const form: ReviewForm = {
      name: 'Review',
      questions: [
        { id: 'learned', text: 'What did you learn?', competencies: ['continuous-learning', 'adaptability'] },
        { id: 'handed-off', text: 'What did you hand off?', competencies: ['delegation', 'continuous-learning'] },
      ],
    };
    const { answers } = allocateMoments([feedbackOnDelegation()], form, kinds);
    assert.deepEqual(
      answers.map((moments) => moments.length),
      [0, 1],
    );
  });
});
