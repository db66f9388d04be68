import { readSmallTextFile, SmallFileError } from '../../storage/smallFile';
import * as l10n from '@vscode/l10n';
import * as z from 'zod/mini';
import { NON_BLANK_PATTERN } from '../../../shared/patterns';
import { jsonSyntaxProblem } from '../../model/logFileCodec';
import { formatFieldPath, type SourcePosition } from '../../model/logFileError';
import { kindIdSchema } from '../../model/schema';
import { COMPETENCY_IDS } from '../../model/taxonomy';
import { issueMessage } from '../../model/validationMessages';
import type { ReviewForm } from './forms';

/**
 * The user's own review forms, from a JSON file: the questions their company's review
 * tool asks. The file holds one form, or a list of forms (a mid-year and a year-end
 * review, say):
 *
 *     { "name": "Mid-year review",
 *       "questions": [{ "id": "impact", "text": "What impact did you have?", "limit": 1500,
 *                       "competencies": ["ownership"], "kinds": ["initiative"],
 *                       "expectation": "staff.leads-initiatives" }] }
 *
 * Fields are checked strictly (a misspelt "competences" is named, not ignored): the file
 * is written by hand, and a field silently skipped would quietly change the draft.
 */

/** The marker comment of a draft carries the id as it is, so nothing that could end the comment gets in. */
export const QUESTION_ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** Larger than any review tool's field; a bound so a typo (an extra zero or three) is caught. */
const MAX_LIMIT = 100_000;
/** A forms file is a few kilobytes; anything near this is not one. */
const MAX_FORM_FILE_BYTES = 1024 * 1024;

const nonBlank = (maxLength: number) =>
  z.string().check(z.regex(NON_BLANK_PATTERN, { error: () => l10n.t('must not be blank') }), z.maxLength(maxLength));

const limitProblem = () => l10n.t('expected a whole number of characters, 1 or more');

const questionSchema = z.strictObject({
  id: z.string().check(
    z.regex(QUESTION_ID_PATTERN, {
      error: () => l10n.t('a question id is letters, digits, "-" and "_" only'),
    }),
    z.maxLength(64),
  ),
  text: nonBlank(2000),
  limit: z.optional(z.int({ error: limitProblem }).check(z.minimum(1, { error: limitProblem }), z.maximum(MAX_LIMIT))),
  competencies: z.optional(z.array(z.enum(COMPETENCY_IDS))),
  kinds: z.optional(z.array(kindIdSchema)),
  expectation: z.optional(nonBlank(200)),
});

const formSchema = z
  .strictObject({
    name: nonBlank(200),
    questions: z
      .array(questionSchema)
      .check(z.minLength(1, { error: () => l10n.t('a form asks one question or more') }), z.maxLength(100)),
  })
  .check(
    z.superRefine((form, context) => {
      // The draft finds an answer by its question's id: two questions with one id would share one answer.
      const seen = new Set<string>();
      form.questions.forEach((question, index) => {
        if (seen.has(question.id))
          context.addIssue({
            code: 'custom',
            message: l10n.t('duplicate id "{0}"', question.id),
            path: ['questions', index, 'id'],
          });
        seen.add(question.id);
      });
    }),
  );

const formListSchema = z.array(formSchema).check(
  z.minLength(1, { error: () => l10n.t('the list holds no form') }),
  z.superRefine((forms, context) => {
    // A form in a list is chosen by its name.
    const seen = new Set<string>();
    forms.forEach((form, index) => {
      const name = form.name.trim().toLowerCase();
      if (seen.has(name))
        context.addIssue({
          code: 'custom',
          message: l10n.t('another form in this file is named "{0}"', form.name.trim()),
          path: [index, 'name'],
        });
      seen.add(name);
    });
  }),
);

/** A form's shape in a sentence about the file. */
const FORM_SHAPE = '{"name": …, "questions": [{"id": …, "text": …}]}';

/** Why a forms file cannot be used: always naming the file, and the field or the line and column where known. */
export class FormFileError extends Error {
  override readonly name = 'FormFileError';

  constructor(
    readonly filePath: string,
    readonly detail: string,
    readonly fieldPath?: string,
    readonly position?: SourcePosition,
  ) {
    const where = position ? `${filePath}:${position.line}:${position.column}` : filePath;
    super(fieldPath ? `${where}: ${fieldPath}: ${detail}` : `${where}: ${detail}`);
  }
}

/**
 * The forms in the file at `filePath`, in the file's order. Throws a FormFileError when
 * the file is missing, not a file, too large, not JSON or not forms; the operating system's other
 * refusals (permission denied, a folder) are thrown as they come, for the caller to word.
 */
export async function loadForms(filePath: string): Promise<ReviewForm[]> {
  let text: string;
  try {
    text = await readSmallTextFile(filePath, MAX_FORM_FILE_BYTES);
  } catch (error) {
    if (error instanceof SmallFileError) throw new FormFileError(filePath, error.message);
    throw error;
  }
  return parseForms(text, filePath);
}

/** The forms in `text`, read from `filePath` (named in errors): one form, or a list of them. */
export function parseForms(text: string, filePath: string): ReviewForm[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.trim() === '')
    throw new FormFileError(
      filePath,
      l10n.t('the file is empty; a forms file holds one form, {0}, or a list of them', FORM_SHAPE),
    );
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    const problem = jsonSyntaxProblem(source);
    throw new FormFileError(filePath, problem.detail, undefined, problem.position);
  }
  const parsed = Array.isArray(value)
    ? formListSchema.safeParse(value, { error: issueMessage })
    : formSchema.safeParse(value, { error: issueMessage });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).filter((segment): segment is string | number => typeof segment !== 'symbol');
    const detail = issue?.message ?? l10n.t('is not a form');
    // A problem with the whole file (a string, a number, an empty list) says what the file should hold.
    if (path.length === 0)
      throw new FormFileError(
        filePath,
        l10n.t('{0}; a forms file holds one form, {1}, or a list of them', detail, FORM_SHAPE),
      );
    throw new FormFileError(filePath, detail, formatFieldPath(path));
  }
  const forms = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  return forms.map((form) => ({
    name: form.name.trim(),
    questions: form.questions.map((question) => ({ ...question, text: question.text.trim() })),
  }));
}
