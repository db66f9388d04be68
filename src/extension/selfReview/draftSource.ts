import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { QUESTION_MARKER_START } from '../../core/documents/selfReview/draftAnswers';
import { citeMoment } from '../../core/documents/citation';
import { markdownText } from '../../core/documents/markdownText';
import { momentLead } from '../../core/documents/momentProse';
import type { Period } from '../../core/insights/period';
import type { Timeline } from '../../core/insights/timeline';
import type { KindCatalogue } from '../../core/model/kindCatalogue';
import type { PeopleResolver } from '../../core/model/people';
import type { Moment } from '../../core/model/schema';
import { formatLocalDate } from '../../core/time/calendar';
import { lastDayOf } from '../../core/insights/period';

/**
 * Where the editor gets its self-review forms and drafts: the one module between the
 * Draft Self-Review… command and the self-review core.
 *
 * PLACEHOLDER until `renderSelfReviewDraft`, the built-in forms and the forms-file reader
 * of `src/core/documents/selfReview/` are in: this module then only re-exports them, and
 * everything below the line is deleted. It writes the draft's agreed structure (a marker
 * under each question's heading, one cited bullet per moment) so the editor features can
 * be built and tested against it.
 */

export interface ReviewQuestion {
  readonly id: string;
  readonly text: string;
  readonly limit?: number;
  readonly competencies?: readonly string[];
  readonly kinds?: readonly string[];
}

export interface ReviewForm {
  readonly id: string;
  readonly name: string;
  readonly questions: readonly ReviewQuestion[];
}

export interface DraftOptions {
  readonly kinds: KindCatalogue;
  readonly people: PeopleResolver;
}

/** The Markdown draft answering `form`'s questions from the moments of `period`. */
export function renderDraft(timeline: Timeline, period: Period, form: ReviewForm, options: DraftOptions): string {
  return renderSelfReviewDraft(timeline, period, form, options);
}

/** The forms Growth Log comes with. */
export function builtInReviewForms(): readonly ReviewForm[] {
  return placeholderForms();
}

/** The forms of a forms file's text; throws an error naming `file` and the field at fault. */
export function parseReviewForms(text: string, file: string): readonly ReviewForm[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const forms = Array.isArray(value) ? value : [value];
  return forms.map((form, index) => {
    const parsed = formSchema.safeParse(form);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = [...(Array.isArray(value) ? [index] : []), ...(issue?.path ?? [])].join('.');
      throw new Error(`${file}: ${field || vscode.l10n.t('the form')}: ${issue?.message ?? 'not a form'}`);
    }
    const slug = parsed.data.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return { id: `file:${slug}`, name: parsed.data.name, questions: parsed.data.questions };
  });
}

// ─────────────────────────────────────────────────────────────────────────────────────
// Placeholder renderer and forms, replaced by the self-review core.

const formSchema = z.object({
  name: z.string().check(z.minLength(1)),
  questions: z
    .array(
      z.object({
        id: z.string().check(z.minLength(1)),
        text: z.string().check(z.minLength(1)),
        limit: z.optional(z.int().check(z.positive())),
        competencies: z.optional(z.array(z.string())),
        kinds: z.optional(z.array(z.string())),
      }),
    )
    .check(z.minLength(1)),
});

function placeholderForms(): readonly ReviewForm[] {
  return [
    {
      id: 'self-review',
      name: vscode.l10n.t('Self-review'),
      questions: [
        {
          id: 'impact',
          text: vscode.l10n.t('What impact did you have?'),
          limit: 1500,
          competencies: ['technical-leadership', 'ownership', 'decision-making', 'strategic-vision'],
        },
        {
          id: 'growing-others',
          text: vscode.l10n.t('How did you grow others?'),
          limit: 1000,
          competencies: ['team-development', 'delegation'],
        },
        { id: 'growth', text: vscode.l10n.t('How did you grow?'), limit: 1000, competencies: ['continuous-learning'] },
        { id: 'next', text: vscode.l10n.t('What will you focus on next?'), limit: 600 },
      ],
    },
    {
      id: 'weekly-update',
      name: vscode.l10n.t('Weekly 1:1 update'),
      questions: [
        { id: 'wins', text: vscode.l10n.t('Wins this week') },
        { id: 'people', text: vscode.l10n.t('People I supported'), kinds: ['mentoring', 'delegation', 'conflict'] },
      ],
    },
  ];
}

function renderSelfReviewDraft(timeline: Timeline, period: Period, form: ReviewForm, options: DraftOptions): string {
  const moments = timeline.between(period.from, period.to);
  const unused = new Set(moments);
  const lines = [
    `# ${vscode.l10n.t('Self-review draft: {0}', markdownText(form.name))}`,
    '',
    `_${vscode.l10n.t('{0}: {1} to {2} · {3} moments', markdownText(period.label), formatLocalDate(period.from), formatLocalDate(lastDayOf(period)), moments.length)}_`,
  ];
  for (const question of form.questions) {
    const answers = moments.filter((moment) => unused.has(moment) && fitsQuestion(question, moment, options.kinds));
    for (const moment of answers) unused.delete(moment);
    lines.push(
      '',
      `## ${markdownText(question.text)}`,
      '',
      `${QUESTION_MARKER_START}id="${question.id.replace(/[^\w-]/g, '')}" limit="${question.limit ?? 'none'}" -->`,
      '',
      ...answers.map((moment) => `- ${markdownText(momentLead(moment))} ${citeMoment(moment, options.kinds)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

function fitsQuestion(question: ReviewQuestion, moment: Moment, kinds: KindCatalogue): boolean {
  if (!question.kinds && !question.competencies) return true;
  if (question.kinds?.includes(moment.kind)) return true;
  const competencies: readonly string[] = kinds.describe(moment.kind).competencies;
  return question.competencies?.some((competency) => competencies.includes(competency)) ?? false;
}
