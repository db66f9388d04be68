import { type KindCatalogue, momentCompetencies, momentCompetencyKey } from '../../model/kindCatalogue';
import type { Moment } from '../../model/schema';
import type { ReviewForm, ReviewQuestion } from './forms';

/**
 * Which moments answer which question of a review form. Each moment is used once, where
 * it fits best, so an answer never repeats another's evidence; a moment no question asks
 * for is handed back as unused, so the draft can list it rather than lose it.
 *
 * How well a moment fits a question, best first:
 * 0. the question asks about a ladder expectation the user linked the moment to (the
 *    question asked first, when it is linked to several the form asks about);
 * 1. the question lists the moment's kind (then, among those, by shared competencies);
 * 2. the question lists competencies the moment is evidence for (its kind's, and the one
 *    chosen when logging): more shared fits better, and between as many shared, the
 *    question they are more of (a question about delegation alone fits a delegation better
 *    than one about delegation and four others);
 * 3. the question is the form's catch-all (lists neither kinds nor competencies), when no
 *    other question fits at all.
 * Between questions that fit equally well, the one asked first.
 */
export interface Allocation {
  /** The moments of each question, in the form's order, each list in the order the moments were given. */
  readonly answers: readonly (readonly Moment[])[];
  /** The moments no question fits, in the order given. */
  readonly unused: readonly Moment[];
}

export function allocateMoments(moments: readonly Moment[], form: ReviewForm, kinds: KindCatalogue): Allocation {
  const questions = form.questions.map(questionMatcher);
  const catchAll = form.questions.findIndex(isCatchAll);
  const answers: Moment[][] = form.questions.map(() => []);
  const unused: Moment[] = [];
  const askedAbout = questionsByExpectation(form);
  // Moments of one kind and chosen competency fit the same questions: decided once for them, not per moment.
  const bestByKey = new Map<string, number>();
  for (const moment of moments) {
    const linked = askedAbout.size > 0 ? linkedQuestion(moment, askedAbout) : -1;
    if (linked >= 0) {
      (answers[linked] as Moment[]).push(moment);
      continue;
    }
    const key = momentCompetencyKey(moment);
    let best = bestByKey.get(key);
    if (best === undefined) {
      best = bestQuestion(moment.kind, momentCompetencies(moment, kinds), questions);
      if (best < 0) best = catchAll;
      bestByKey.set(key, best);
    }
    (best < 0 ? unused : (answers[best] as Moment[])).push(moment);
  }
  return { answers, unused };
}

/** The first question asking about each expectation, by the expectation's id. */
function questionsByExpectation(form: ReviewForm): Map<string, number> {
  const asked = new Map<string, number>();
  form.questions.forEach((question, index) => {
    if (question.expectation !== undefined && !asked.has(question.expectation)) asked.set(question.expectation, index);
  });
  return asked;
}

/** The first question asking about an expectation `moment` is linked to, or -1. */
function linkedQuestion(moment: Moment, askedAbout: ReadonlyMap<string, number>): number {
  let first = -1;
  for (const id of moment.expectations ?? []) {
    const index = askedAbout.get(id);
    if (index !== undefined && (first < 0 || index < first)) first = index;
  }
  return first;
}

/** A question that lists neither kinds nor competencies takes what no other question does. */
export function isCatchAll(question: ReviewQuestion): boolean {
  return question.kinds === undefined && question.competencies === undefined;
}

interface QuestionMatcher {
  readonly kinds: ReadonlySet<string>;
  readonly competencies: ReadonlySet<string>;
}

function questionMatcher(question: ReviewQuestion): QuestionMatcher {
  return { kinds: new Set(question.kinds ?? []), competencies: new Set(question.competencies ?? []) };
}

/** The index of the question a kind fits best, or -1 when it fits none (a catch-all does not count here). */
function bestQuestion(kind: string, competencies: readonly string[], questions: readonly QuestionMatcher[]): number {
  let best = -1;
  let bestScore = 0;
  questions.forEach((question, index) => {
    const score = fitScore(kind, competencies, question);
    // Strictly better only: on a tie the question asked first keeps the moment.
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/**
 * 0 when the question does not fit; a listed kind outweighs any number of shared
 * competencies, and one more shared competency outweighs the share of the question they are.
 */
function fitScore(kind: string, competencies: readonly string[], question: QuestionMatcher): number {
  const shared = competencies.filter((competency) => question.competencies.has(competency)).length;
  const share = shared === 0 ? 0 : shared / question.competencies.size / 2;
  return (question.kinds.has(kind) ? KIND_WEIGHT : 0) + shared + share;
}

/** More than a kind can have competencies, so a listed kind always wins. */
const KIND_WEIGHT = 1000;
