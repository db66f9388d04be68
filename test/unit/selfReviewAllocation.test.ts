import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { allocateMoments } from '../../src/core/documents/selfReview/answerAllocation';
import { BUILT_IN_FORMS, type ReviewForm, type ReviewQuestion } from '../../src/core/documents/selfReview/forms';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import type { Moment } from '../../src/core/model/schema';
import { BUILT_IN_KINDS, COMPETENCY_IDS } from '../../src/core/model/taxonomy';
import { momentArbitrary } from '../support/arbitraries';
import { momentAt } from '../support/moments';

const kinds = new KindCatalogue([
  // One of the user's own, evidence for two competencies: it fits by competency only.
  {
    id: 'hiring',
    label: 'Hiring',
    description: '',
    competencies: ['team-development', 'business-acumen'],
    icon: 'star',
  },
]);

function formOf(...questions: ReviewQuestion[]): ReviewForm {
  return { name: 'Test', questions };
}

function ids(moments: readonly Moment[]): string[] {
  return moments.map((moment) => moment.summary);
}

describe('self-review draft: which moments answer which question', () => {
  const mentoring = momentAt('2026-11-02T10:00', { kind: 'mentoring', summary: 'mentoring' });
  const review = momentAt('2026-11-03T10:00', { kind: 'code-review', summary: 'review' });
  const hiring = momentAt('2026-11-04T10:00', { kind: 'hiring', summary: 'hiring' });
  const unknown = momentAt('2026-11-05T10:00', { kind: 'karaoke', summary: 'karaoke' });

  it('gives a moment to the question that lists its kind, over one that only shares its competencies', () => {
    const { answers } = allocateMoments(
      [mentoring],
      formOf(
        { id: 'team', text: 'Team', competencies: ['team-development', 'communication'] },
        { id: 'mentoring', text: 'Mentoring', kinds: ['mentoring'] },
      ),
      kinds,
    );
    assert.deepEqual(answers.map(ids), [[], ['mentoring']]);
  });

  it('among questions that fit by competency, gives it to the one sharing more of them', () => {
    const { answers } = allocateMoments(
      [hiring],
      formOf(
        { id: 'team', text: 'Team', competencies: ['team-development'] },
        { id: 'both', text: 'Both', competencies: ['business-acumen', 'team-development'] },
      ),
      kinds,
    );
    assert.deepEqual(answers.map(ids), [[], ['hiring']]);
  });

  it('breaks a tie by the order of the questions, the same way on every run', () => {
    const form = formOf(
      { id: 'first', text: 'First', competencies: ['communication'] },
      { id: 'second', text: 'Second', competencies: ['communication'] },
    );
    for (let run = 0; run < 3; run++)
      assert.deepEqual(allocateMoments([mentoring, review], form, kinds).answers.map(ids), [
        ['mentoring', 'review'],
        [],
      ]);
  });

  it('lists the moments no question fits as unused, when the form has no catch-all', () => {
    const { answers, unused } = allocateMoments(
      [mentoring, unknown, review],
      formOf({ id: 'mentoring', text: 'Mentoring', kinds: ['mentoring'] }),
      kinds,
    );
    assert.deepEqual(answers.map(ids), [['mentoring']]);
    assert.deepEqual(ids(unused), ['karaoke', 'review']);
  });

  it('gives them to the first catch-all question (no kinds, no competencies) instead; empty lists take nothing', () => {
    const { answers, unused } = allocateMoments(
      [mentoring, unknown, review],
      formOf(
        { id: 'blockers', text: 'Blockers', kinds: [], competencies: [] },
        { id: 'else', text: 'Anything else?' },
        { id: 'mentoring', text: 'Mentoring', kinds: ['mentoring'] },
        { id: 'more', text: 'More?' },
      ),
      kinds,
    );
    assert.deepEqual(answers.map(ids), [[], ['karaoke', 'review'], ['mentoring'], []]);
    assert.deepEqual(unused, []);
  });

  it('keeps every built-in kind in the built-in forms: each answers a question by its kind', () => {
    for (const form of BUILT_IN_FORMS) {
      const moments = BUILT_IN_KINDS.map((kind, index) =>
        momentAt(`2026-11-${String(index + 1).padStart(2, '0')}T10:00`, { kind: kind.id, summary: kind.id }),
      );
      const { answers, unused } = allocateMoments(moments, form, new KindCatalogue());
      assert.deepEqual(unused, [], `${form.id} leaves a built-in kind unused`);
      form.questions.forEach((question, index) => {
        for (const moment of answers[index] ?? [])
          assert.ok(
            question.kinds?.includes(moment.kind),
            `${form.id}: ${moment.kind} went to ${question.id} by competency`,
          );
      });
    }
  });

  it('uses every moment exactly once, in the order given, whatever the form', () => {
    const question = fc.record(
      {
        id: fc.stringMatching(/^[a-z]{1,6}$/),
        text: fc.constant('Question'),
        kinds: fc.uniqueArray(fc.constantFrom(...BUILT_IN_KINDS.map((kind) => kind.id), 'hiring', 'karaoke'), {
          maxLength: 3,
        }),
        competencies: fc.uniqueArray(fc.constantFrom(...COMPETENCY_IDS), { maxLength: 3 }),
      },
      { requiredKeys: ['id', 'text'] },
    );
    fc.assert(
      fc.property(
        fc.array(momentArbitrary, { maxLength: 30 }),
        fc.array(question, { minLength: 1, maxLength: 5 }),
        (moments, questions) => {
          const { answers, unused } = allocateMoments(moments, formOf(...questions), kinds);
          const used = [...answers.flat(), ...unused];
          assert.equal(used.length, moments.length, 'each moment once');
          assert.deepEqual(new Set(used), new Set(moments), 'nothing lost, nothing added');
          for (const list of [...answers, unused]) {
            const order = list.map((moment) => moments.indexOf(moment));
            assert.deepEqual(
              order,
              [...order].sort((a, b) => a - b),
              'in the order given',
            );
          }
        },
      ),
    );
  });
});
