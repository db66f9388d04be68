import * as assert from 'node:assert/strict';
import { allocateMoments } from '../../src/core/documents/selfReview/answerAllocation';
import { renderSelfReviewDraft } from '../../src/core/documents/selfReview/draftDocument';
import { parseForms } from '../../src/core/documents/selfReview/formFile';
import { PROMOTION_CASE_ID, promotionCaseForm } from '../../src/core/documents/selfReview/promotionCase';
import { customPeriod } from '../../src/core/insights/period';
import { Timeline } from '../../src/core/insights/timeline';
import { builtInLadder } from '../../src/core/ladders/builtInLadders';
import type { LadderLevel } from '../../src/core/ladders/ladder';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import type { Moment } from '../../src/core/model/schema';
import { momentAt } from '../support/moments';

/** The promotion case: one question per expectation of the target level, linked moments first. */

const kinds = new KindCatalogue();

const level: LadderLevel = {
  name: 'Staff',
  expectations: [
    { id: 'acme/grows people', level: 'Staff', text: 'Grows other engineers.', competencies: ['team-development'] },
    {
      id: 'acme.decides',
      level: 'Staff',
      text: 'Makes and records decisions others can follow.',
      competencies: ['decision-making'],
    },
    {
      id: 'acme.writes',
      level: 'Staff',
      text: 'Writes for people outside the team.',
      competencies: ['communication'],
      kinds: ['communication'],
    },
  ],
};

function summaries(moments: readonly Moment[] | undefined): string[] {
  return (moments ?? []).map((moment) => moment.summary);
}

describe('the promotion case form', () => {
  it('asks one question per expectation of the target level, in ladder order, the expectation as the question', () => {
    const form = promotionCaseForm(level);
    assert.equal(form.id, PROMOTION_CASE_ID);
    assert.equal(form.name, 'Promotion case: Staff');
    assert.deepEqual(
      form.questions.map((question) => question.text),
      level.expectations.map((expectation) => expectation.text),
    );
    assert.deepEqual(
      form.questions.map((question) => question.expectation),
      ['acme/grows people', 'acme.decides', 'acme.writes'],
    );
  });

  it('gives every question an id the draft’s marker takes, unique within the form', () => {
    const form = promotionCaseForm({
      name: 'Staff',
      expectations: [
        { id: 'a b', level: 'Staff', text: 'One', competencies: ['ownership'] },
        { id: 'a/b', level: 'Staff', text: 'Two', competencies: ['ownership'] },
        { id: '…', level: 'Staff', text: 'Three', competencies: ['ownership'] },
      ],
    });
    const ids = form.questions.map((question) => question.id);
    assert.deepEqual(ids, ['a-b', 'expectation-2', '-']);
    for (const id of ids) assert.match(id, /^[A-Za-z0-9_-]{1,64}$/);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('never gives two questions one id, even when an expectation’s id is another’s fallback', () => {
    // `expectation.2` cleans up to `expectation-2`, which the first expectation holds, as does the fallback.
    const form = promotionCaseForm({
      name: 'Staff',
      expectations: [
        { id: 'expectation-2', level: 'Staff', text: 'First expectation', competencies: ['team-development'] },
        { id: 'expectation.2', level: 'Staff', text: 'Second expectation', competencies: ['delegation'] },
        { id: 'expectation-2-2', level: 'Staff', text: 'Third expectation', competencies: ['delegation'] },
      ],
    });
    const ids = form.questions.map((question) => question.id);
    assert.deepEqual(ids, ['expectation-2', 'expectation-2-2', 'expectation-3']);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('covers every expectation of the built-in Staff level', () => {
    const staff = builtInLadder('staff-ic').levels[1];
    assert.ok(staff);
    const form = promotionCaseForm(staff);
    assert.equal(form.questions.length, staff.expectations.length);
    assert.ok(form.questions.every((question) => question.id === question.expectation?.replace('.', '-')));
  });

  it('answers a question with the moments linked to its expectation before those its competencies match', () => {
    // A mentoring moment would answer "Grows other engineers": linked to the decision, it answers that.
    const linked = momentAt('2026-11-02T10:00', {
      kind: 'mentoring',
      summary: 'linked',
      expectations: ['acme.decides'],
    });
    const matched = momentAt('2026-11-03T10:00', { kind: 'mentoring', summary: 'matched' });
    const decision = momentAt('2026-11-04T10:00', { kind: 'decision', summary: 'decision' });
    const { answers } = allocateMoments([linked, matched, decision], promotionCaseForm(level), kinds);
    assert.deepEqual(answers.map(summaries), [['matched'], ['linked', 'decision'], []]);
  });

  it('gives a moment its competencies match equally to the expectation they are more of', () => {
    // A delegation is evidence for delegation and team development: one of one, against one of two.
    const form = promotionCaseForm({
      name: 'Staff',
      expectations: [
        { id: 'multiplies', level: 'Staff', text: 'Multiplies', competencies: ['team-development', 'communication'] },
        { id: 'delegates', level: 'Staff', text: 'Delegates', competencies: ['delegation'] },
      ],
    });
    const delegation = momentAt('2026-11-02T10:00', { kind: 'delegation', summary: 'delegation' });
    assert.deepEqual(allocateMoments([delegation], form, kinds).answers.map(summaries), [[], ['delegation']]);
  });

  it('gives a moment linked to several expectations to the first the form asks about', () => {
    const both = momentAt('2026-11-02T10:00', {
      kind: 'mentoring',
      summary: 'both',
      expectations: ['acme.writes', 'acme.decides'],
    });
    const { answers } = allocateMoments([both], promotionCaseForm(level), kinds);
    assert.deepEqual(answers.map(summaries), [[], ['both'], []]);
  });

  it('matches a moment linked only to expectations the form does not ask about by its kind', () => {
    const elsewhere = momentAt('2026-11-02T10:00', { kind: 'decision', summary: 'elsewhere', expectations: ['gone'] });
    const { answers } = allocateMoments([elsewhere], promotionCaseForm(level), kinds);
    assert.deepEqual(answers.map(summaries), [[], ['elsewhere'], []]);
  });

  it('is drafted with one answer per expectation and no limit', () => {
    const moments = [momentAt('2026-11-02T10:00', { kind: 'mentoring', summary: 'Paired with Sam' })];
    const draft = renderSelfReviewDraft(
      Timeline.build(moments),
      customPeriod(new Date(2026, 10, 1), new Date(2026, 10, 30)),
      promotionCaseForm(level),
      { kinds },
    );
    assert.match(draft, /^# Self-review draft: Promotion case: Staff\n/);
    assert.match(
      draft,
      /## Grows other engineers\.\n\n<!-- growth-log:question id="acme-grows-people" limit="none" -->/,
    );
    assert.equal(draft.split('<!-- growth-log:question').length - 1, 3);
  });

  it('lets a form of the user’s own tie a question to an expectation', () => {
    const [form] = parseForms(
      JSON.stringify({
        name: 'Mid-year',
        questions: [
          { id: 'impact', text: 'Impact?', competencies: ['ownership'] },
          { id: 'decisions', text: 'Decisions?', expectation: 'staff.closes-hard-decisions' },
        ],
      }),
      'forms.json',
    );
    assert.equal(form?.questions[1]?.expectation, 'staff.closes-hard-decisions');
    const linked = momentAt('2026-11-02T10:00', {
      kind: 'initiative',
      summary: 'linked',
      expectations: ['staff.closes-hard-decisions'],
    });
    assert.ok(form);
    assert.deepEqual(allocateMoments([linked], form, kinds).answers.map(summaries), [[], ['linked']]);
  });
});
