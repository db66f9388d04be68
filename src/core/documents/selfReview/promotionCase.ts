import * as l10n from '@vscode/l10n';
import type { LadderLevel } from '../../ladders/ladder';
import { QUESTION_ID_PATTERN } from './formFile';
import type { BuiltInForm, ReviewQuestion } from './forms';

/** The promotion case's id, as `growth-log draft --form promotion-case` names it. */
export const PROMOTION_CASE_ID = 'promotion-case';

/** A question id is written into the draft's marker comment: at most this long, as a forms file's. */
const MAX_QUESTION_ID_LENGTH = 64;

/**
 * The promotion case for `target`, a level of the user's ladder: one question per
 * expectation of the level, in ladder order, the expectation itself as the question (a
 * reviewer reads it as it is written; a wording built around it would not translate).
 * Its answer takes, first, the moments the user linked to that expectation, then those
 * whose kind is evidence for its competencies (answerAllocation.ts). No limit: the case is
 * written for a committee, not pasted into a field.
 */
export function promotionCaseForm(target: LadderLevel): BuiltInForm {
  const taken = new Set<string>();
  return {
    id: PROMOTION_CASE_ID,
    name: l10n.t('Promotion case: {0}', target.name),
    questions: target.expectations.map((expectation, index): ReviewQuestion => {
      const id = questionId(expectation.id, index, taken);
      taken.add(id);
      return {
        id,
        text: expectation.text,
        competencies: expectation.competencies,
        ...(expectation.kinds === undefined ? {} : { kinds: expectation.kinds }),
        expectation: expectation.id,
      };
    }),
  };
}

/**
 * The expectation's id as a question id (`staff.leads-initiatives` → `staff-leads-initiatives`):
 * a company ladder's ids may hold any character, and the marker takes only letters, digits, `-` and `_`.
 * Two ids can clean up alike (`expectation.2` and `expectation-2`), and two questions sharing
 * a marker would share an answer: an id already taken gives way to `expectation-<n>`, and
 * that, when taken too, to `expectation-<n>-2`, `-3`… until one is free.
 */
function questionId(expectationId: string, index: number, taken: ReadonlySet<string>): string {
  const id = expectationId.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, MAX_QUESTION_ID_LENGTH);
  if (QUESTION_ID_PATTERN.test(id) && !taken.has(id)) return id;
  const fallback = `expectation-${index + 1}`;
  let free = fallback;
  for (let suffix = 2; taken.has(free); suffix++) free = `${fallback}-${suffix}`;
  return free;
}
