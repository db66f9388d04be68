import * as l10n from '@vscode/l10n';
import * as z from 'zod/mini';
import { ENERGY_LEVELS } from '../../shared/enums';
import { KIND_ID_PATTERN, NON_BLANK_PATTERN } from '../../shared/patterns';
import { issueMessage } from './validationMessages';

/**
 * The data file, version 1. Every read and every write goes through these schemas;
 * the types below are inferred from them so the shape is written down exactly once.
 *
 * Objects are "loose": fields this version does not know (a hand-added note, a field a
 * newer version wrote) are accepted and written back unchanged rather than dropped.
 */

// zod/mini keeps zod's runtime small enough for the extension's bundle budget; it words
// problems only once given an error map, and these words reach the user, so ours words
// them through l10n. The schemas' own messages below are functions for the same reason:
// translated when a problem is found, not when this module loads.
z.config({ localeError: issueMessage });

export const CURRENT_LOG_VERSION = 1;

export const kindIdSchema = z.string().check(
  z.regex(KIND_ID_PATTERN, {
    error: () => l10n.t('a kind id is lower-case letters, digits and dashes, starting with a letter'),
  }),
);

/** Shared with the direct checks of logValidation.ts, so the rule is written once. */
export const COMMIT_PATTERN = /^[0-9a-f]{7,64}$/;

// A pattern rather than a refinement, so the generated JSON Schema says it too.
const nonBlank = z.string().check(z.regex(NON_BLANK_PATTERN, { error: () => l10n.t('must not be blank') }));

const timestampSchema = z.iso.datetime({ offset: true });
/** zod's own pattern for an ISO 8601 time with a zone, so the direct check accepts exactly what the schema does. */
export const TIMESTAMP_PATTERN: RegExp = timestampSchema._zod.pattern;

const line = z.int().check(z.minimum(1));

/** A schema with the description the generated JSON Schema shows for it. */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description));
}

/** The repository a moment's code belongs to, so a log kept outside it still finds the file. */
export const codeRepositorySchema = z.looseObject({
  /** The repository's remote URL, without credentials. */
  remote: z.optional(z.string()),
  /** The name of the repository's folder. */
  name: nonBlank,
});

export const codeLocationSchema = z
  .looseObject({
    path: nonBlank,
    startLine: line,
    endLine: line,
    /** The commit the lines were read at. */
    commit: z.optional(z.string()),
    /** The branch checked out then. */
    branch: z.optional(z.string()),
    /** A web permalink to the lines at that commit, when the remote is a known forge. */
    remote: z.optional(z.string()),
    repository: z.optional(
      described(codeRepositorySchema, 'The repository the code is in: its remote and its folder name.'),
    ),
  })
  .check(
    z.refine((code) => code.endLine >= code.startLine, {
      error: () => l10n.t('endLine must not be before startLine'),
      path: ['endLine'],
    }),
  );

/** What became of a moment, written weeks later: the impact a leader's work shows only then. */
export const outcomeSchema = z.looseObject({
  text: described(nonBlank, 'What held up, in a sentence.'),
  at: described(timestampSchema, 'When the outcome was recorded.'),
});

export const momentSchema = z.looseObject({
  id: described(nonBlank, 'A unique id (a UUID when Growth Log writes it).'),
  kind: described(
    kindIdSchema,
    'mentoring, code-review, delegation, communication, decision, strategy, conflict, initiative, networking, learning, craft, feedback-received, or a kind of your own.',
  ),
  at: described(
    timestampSchema,
    'When it happened, as an ISO 8601 time with a time zone, e.g. 2026-11-20T14:03:00.000Z.',
  ),
  summary: described(nonBlank, 'One sentence: what happened.'),
  notes: z.optional(described(z.string(), 'Longer notes.')),
  people: z.optional(described(z.array(nonBlank), 'Who it involved.')),
  impact: z.optional(described(z.string(), 'What changed because of it.')),
  tags: z.optional(z.array(nonBlank)),
  starred: z.optional(described(z.boolean(), 'A highlight for the brag document.')),
  energy: z.optional(
    described(z.enum(ENERGY_LEVELS), 'How it felt. Private: never in the brag document unless asked.'),
  ),
  code: z.optional(described(codeLocationSchema, 'The code it was about.')),
  links: z.optional(described(z.array(z.url()), 'Pull requests, issues, documents.')),
  initiative: z.optional(
    described(nonBlank, 'The piece of work it belongs to (a short name such as payments); #tags stay tags.'),
  ),
  outcome: z.optional(described(outcomeSchema, 'What held up, recorded later.')),
  expectations: z.optional(described(z.array(nonBlank), 'The ids of the ladder expectations you linked it to.')),
  competency: z.optional(
    described(
      nonBlank,
      "A competency the moment is evidence for beyond its kind's, chosen when logging (what feedback received was about), by id.",
    ),
  ),
  followUpAt: z.optional(
    described(
      timestampSchema,
      'When to ask whether it held up; removed once an outcome is recorded or the question dismissed.',
    ),
  ),
  /** The commit a moment suggested from git history came from, so it is not proposed twice. */
  commit: z.optional(
    z.string().check(z.regex(COMMIT_PATTERN, { error: () => l10n.t('a commit is a hexadecimal SHA') })),
  ),
});

/** One person, by every name they were logged under: "Sam Lee" from a git trailer and "@Sam" typed. */
export const personSchema = z.looseObject({
  id: described(nonBlank, 'A unique id (a UUID when Growth Log writes it).'),
  name: described(nonBlank, 'The name to show for this person.'),
  aliases: z.optional(
    described(z.array(nonBlank), 'Other names this person was logged under; matched without regard to case.'),
  ),
});

/**
 * The definition of a kind of the user's own that a moment uses, recorded so that the
 * command line and another machine read the log as the editor does. Competencies are
 * plain ids here, so a log written by a newer version with a new competency still reads.
 */
export const kindRecordSchema = z.looseObject({
  id: kindIdSchema,
  label: described(nonBlank, 'The name shown for the kind.'),
  competencies: z.optional(described(z.array(nonBlank), 'The competencies it is evidence for.')),
  icon: z.optional(z.string()),
  description: z.optional(z.string()),
});

/** A self-rating: 1 (low) to 5 (high). */
const rating = z.int().check(z.minimum(1), z.maximum(5));

/** How good I think I am at one competency, and how much I enjoy it; either may be left out. */
export const selfRatingSchema = z.looseObject({
  good: z.optional(described(rating, 'How good I am at it, 1 to 5.')),
  enjoy: z.optional(described(rating, 'How much I enjoy it, 1 to 5.')),
});

/**
 * A check-in: what I think I am good at and what I enjoy, asked on purpose now and then.
 * Ratings are keyed by competency id (plain ids, as in kind records, so a log that names a
 * competency a newer version added still reads). Private, like energy.
 */
export const checkInSchema = z.looseObject({
  id: described(nonBlank, 'A unique id (a UUID when Growth Log writes it).'),
  at: described(timestampSchema, 'When the check-in was made.'),
  ratings: described(
    z.record(nonBlank, selfRatingSchema),
    'Per competency id: how good I am at it and how much I enjoy it (1 to 5, each optional).',
  ),
  note: z.optional(described(z.string(), 'A note to self.')),
});

/** The top-level lists merged by id, each with the ids it holds unique. */
export const LISTS_BY_ID = ['moments', 'people', 'kinds', 'checkIns'] as const;

export const logFileSchema = z
  .looseObject({
    version: z.literal(CURRENT_LOG_VERSION),
    moments: z.array(momentSchema),
    people: z.optional(described(z.array(personSchema), 'The people moments name, each with their other names.')),
    kinds: z.optional(described(z.array(kindRecordSchema), 'The kinds of your own that moments use.')),
    checkIns: z.optional(
      described(z.array(checkInSchema), 'Self check-ins: how good I am at each competency and how much I enjoy it.'),
    ),
  })
  .check(
    z.superRefine((log, context) => {
      // Merging is by id, so two entries of one list with one id would silently become one.
      for (const list of LISTS_BY_ID) {
        const seen = new Set<string>();
        (log[list] ?? []).forEach((entry, index) => {
          if (seen.has(entry.id)) {
            context.addIssue({
              code: 'custom',
              message: l10n.t('duplicate id "{0}"', entry.id),
              path: [list, index, 'id'],
            });
          }
          seen.add(entry.id);
        });
      }
    }),
  );

export type Moment = z.infer<typeof momentSchema>;
export type LogFile = z.infer<typeof logFileSchema>;
export type CodeLocation = z.infer<typeof codeLocationSchema>;
export type CodeRepository = z.infer<typeof codeRepositorySchema>;
export type Person = z.infer<typeof personSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type KindRecord = z.infer<typeof kindRecordSchema>;
export type CheckIn = z.infer<typeof checkInSchema>;
export type SelfRating = z.infer<typeof selfRatingSchema>;

export function emptyLog(): LogFile {
  return { version: CURRENT_LOG_VERSION, moments: [] };
}
