import * as l10n from '@vscode/l10n';
import type { CompetencyId } from '../../model/taxonomy';

/**
 * A review form: the questions a company's review tool asks, each with the kinds of
 * moment and the competencies whose evidence answers it. The self-review draft gives
 * each question the moments that fit it best (answerAllocation.ts).
 */
export interface ReviewForm {
  readonly name: string;
  readonly questions: readonly ReviewQuestion[];
}

export interface ReviewQuestion {
  /** Letters, digits, `-` and `_`: it is written into the draft's marker comment as it is. */
  readonly id: string;
  readonly text: string;
  /** The most characters the review tool takes for the answer; none when absent. */
  readonly limit?: number;
  /**
   * What answers the question. Both absent: the catch-all, which takes every moment no
   * other question does. Given but both empty: no moment answers it (blockers, say).
   */
  readonly competencies?: readonly CompetencyId[];
  readonly kinds?: readonly string[];
  /** A ladder expectation's id: a moment the user linked to it answers this question before any other. */
  readonly expectation?: string;
}

/** A form that ships with Growth Log, chosen by its id (`growth-log draft --form self-review`). */
export interface BuiltInForm extends ReviewForm {
  readonly id: string;
}

/** The limit most review tools put on one answer of a self-review. */
const SELF_REVIEW_LIMIT = 1500;
/** A weekly update is read in a minute: a short paragraph per question. */
const WEEKLY_UPDATE_LIMIT = 500;

// Names and texts are getters, translated when read (as in taxonomy.ts).
export const BUILT_IN_FORMS: readonly BuiltInForm[] = [
  {
    id: 'self-review',
    get name() {
      return l10n.t('Self-review');
    },
    questions: [
      {
        id: 'impact',
        get text() {
          return l10n.t('What impact did you have?');
        },
        limit: SELF_REVIEW_LIMIT,
        kinds: ['initiative', 'decision', 'code-review', 'communication', 'networking', 'craft'],
        competencies: [
          'ownership',
          'technical-leadership',
          'decision-making',
          'communication',
          'adaptability',
          'technical-depth',
        ],
      },
      {
        id: 'grew-others',
        get text() {
          return l10n.t('How did you help others grow?');
        },
        limit: SELF_REVIEW_LIMIT,
        kinds: ['mentoring', 'delegation', 'conflict'],
        competencies: ['team-development', 'delegation', 'emotional-intelligence'],
      },
      {
        id: 'grew',
        get text() {
          return l10n.t('How did you grow?');
        },
        limit: SELF_REVIEW_LIMIT,
        kinds: ['learning', 'feedback-received'],
        competencies: ['continuous-learning'],
      },
      {
        id: 'next',
        get text() {
          return l10n.t('What is next for you?');
        },
        limit: SELF_REVIEW_LIMIT,
        kinds: ['strategy'],
        competencies: ['strategic-vision', 'business-acumen'],
      },
    ],
  },
  {
    id: 'weekly-update',
    get name() {
      return l10n.t('Weekly update');
    },
    questions: [
      {
        id: 'done',
        get text() {
          return l10n.t('What did you get done?');
        },
        limit: WEEKLY_UPDATE_LIMIT,
        kinds: [
          'initiative',
          'decision',
          'code-review',
          'communication',
          'strategy',
          'networking',
          'learning',
          'craft',
          'feedback-received',
        ],
        competencies: [
          'ownership',
          'technical-leadership',
          'decision-making',
          'communication',
          'strategic-vision',
          'business-acumen',
          'adaptability',
          'continuous-learning',
          'technical-depth',
        ],
      },
      {
        id: 'people',
        get text() {
          return l10n.t('Who did you help, and how?');
        },
        limit: WEEKLY_UPDATE_LIMIT,
        kinds: ['mentoring', 'delegation', 'conflict'],
        competencies: ['team-development', 'delegation', 'emotional-intelligence'],
      },
      {
        id: 'blockers',
        get text() {
          return l10n.t('What is blocking you, and what do you need?');
        },
        limit: WEEKLY_UPDATE_LIMIT,
        kinds: [],
        competencies: [],
      },
      {
        id: 'next',
        get text() {
          return l10n.t('What is next?');
        },
        limit: WEEKLY_UPDATE_LIMIT,
        kinds: [],
        competencies: [],
      },
    ],
  },
];

/** The built-in form with `id`, if there is one. */
export function builtInForm(id: string): BuiltInForm | undefined {
  return BUILT_IN_FORMS.find((form) => form.id === id);
}
