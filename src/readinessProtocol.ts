import * as z from 'zod/mini';
import { CODICON_NAME_PATTERN, NON_BLANK_PATTERN } from './shared/patterns';
import { isWebUrl } from './shared/webUrl';

/**
 * The only language of the readiness view (an editor-area webview) and the extension host,
 * zod on both sides, as the sidebar's protocol.ts is for the sidebar. The host sends the
 * whole view, every text already worded; the view draws it and sends back what was clicked.
 */

/** The longest of each field the view is sent: the host clips or leaves out what is longer. */
export const READINESS_LIMITS = { momentId: 10_000, expectationId: 1000, webUrl: 8192, text: 20_000 } as const;

/** Any id the log holds: a moment can be linked, unlinked and opened whatever its id. */
const momentIdSchema = z.string().check(z.regex(NON_BLANK_PATTERN), z.maxLength(READINESS_LIMITS.momentId));
/** An expectation's id as a ladder writes it, or as a moment's link holds it (perhaps no longer in the ladder). */
const expectationIdSchema = z.string().check(z.regex(NON_BLANK_PATTERN), z.maxLength(READINESS_LIMITS.expectationId));
const webUrlSchema = z
  .string()
  .check(
    z.maxLength(READINESS_LIMITS.webUrl),
    z.refine(isWebUrl, { message: 'only an http or https address is opened' }),
  );
const text = z.string().check(z.maxLength(READINESS_LIMITS.text));

/** The strengths of evidence, weakest first (core/ladders/evidence.ts). */
export const READINESS_STRENGTHS = ['none', 'thin', 'some', 'strong'] as const;

/** The periods the view's select offers; any other is chosen through the full period picker. */
export const periodOptionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  label: text,
});

/** A moment that is evidence for an expectation (or linked to one no longer in the ladder). */
export const evidenceMomentSchema = z.object({
  /** None for a moment whose id is too long to send back: it is shown, without its actions. */
  id: z.optional(momentIdSchema),
  /** ISO time, for the `<time>` element. */
  at: z.string(),
  /** "12 Nov", "Yesterday". */
  day: text,
  kindLabel: text,
  icon: z.string().check(z.regex(CODICON_NAME_PATTERN)),
  summary: text,
  /** What held up (the recorded outcome), else the impact as logged. */
  outcome: z.optional(text),
  /** The user linked it here; otherwise its kind matched the expectation's competencies. */
  linked: z.boolean(),
  /** For a matched moment: what confirming it does to the other expectations it counts for. */
  confirmNote: z.optional(text),
  starred: z.boolean(),
  /** "src/retry.ts:10-42" for a moment tied to code. */
  code: z.optional(text),
  /** Only web addresses: the view offers to open those and nothing else. */
  links: z.array(webUrlSchema),
});

export const expectationViewSchema = z.object({
  id: expectationIdSchema,
  text,
  strength: z.enum(READINESS_STRENGTHS),
  /** "Strong", "Thin: one moment". */
  strengthLabel: text,
  /** "5 moments · 3 people · 1 starred · latest on 12 Nov". */
  counts: text,
  /** "Team development, Delegation". */
  competencies: text,
  /** For none or thin evidence: one thing to try this week. */
  suggestion: z.optional(text),
  /** Newest first; the newest few of a long list. */
  moments: z.array(evidenceMomentSchema),
  /** "and 14 earlier moments", when more are evidence than are sent. */
  earlierMoments: z.optional(text),
});

export const areaViewSchema = z.object({
  /** The area's heading; none for a ladder that gives none. */
  name: z.optional(text),
  expectations: z.array(expectationViewSchema),
});

export const levelViewSchema = z.object({
  name: text,
  /** "Team Lead: 5 of 8 expectations with evidence, 2 strong". */
  summary: text,
  areas: z.array(areaViewSchema),
});

/** One competency: the period's evidence, how its moments felt, and what the user last said of it. */
export const competencyRatingSchema = z.object({
  competency: text,
  strength: z.enum(READINESS_STRENGTHS),
  strengthLabel: text,
  /** "5 moments · 3 people". */
  evidence: text,
  /** "4 of 5"; none without a rating. */
  good: z.optional(text),
  enjoy: z.optional(text),
  /** "3 energised · 1 drained". */
  energy: text,
  /** Where the rating and the log disagree sharply, and what to do about it. */
  disconnect: z.optional(text),
});

/** One track's built-in ladder read against the log, beside how its work felt and is enjoyed. */
export const trackFitSchema = z.object({
  /** "Management: Team Lead". */
  name: text,
  /** The user's own track. */
  current: z.boolean(),
  /** "Delegation, Team development: 4 moments · 3 people": the competencies that set the track apart. */
  evidence: text,
  energy: text,
  /** "Delegation, Team development: good 3 of 5". */
  good: text,
  /** "Delegation, Team development: enjoy 4.5 of 5". */
  enjoy: text,
});

/** The view's own texts, translated by the host; `{0}` is filled in by the view. */
export const READINESS_STRING_KEYS = [
  'period',
  'otherPeriod',
  'targetLevel',
  'currentLevel',
  'showMoments',
  'noEvidence',
  'linked',
  'matched',
  'confirm',
  'confirmLabel',
  'unlink',
  'unlinkLabel',
  'linkMoment',
  'linkMomentLabel',
  'logForThis',
  'logForThisLabel',
  'tryThisWeek',
  'openCode',
  'openLink',
  'starred',
  'staleTitle',
  'staleIntro',
  'strengthTitle',
  'logProblemIntro',
  'ratingsTitle',
  'ratingsIntro',
  'competency',
  'evidence',
  'good',
  'enjoy',
  'energy',
  'tracksTitle',
  'tracksIntro',
  'track',
  'yourTrack',
] as const;
export const readinessStringsSchema = z.record(z.enum(READINESS_STRING_KEYS), text);

export const readinessSnapshotSchema = z.object({
  strings: readinessStringsSchema,
  /** "Team Lead: 5 of 8 expectations with evidence, 2 strong — last 6 months". */
  headline: text,
  /** "Ladder: Management · from Technical Expert · built in". */
  ladderLine: text,
  /** Why the ladder or the levels are not the ones configured (a bad ladder file). */
  ladderProblem: z.optional(text),
  /** Why the log could not be read or written; the view shows what it could read. */
  logProblem: z.optional(text),
  period: z.object({
    /** The option shown as selected; `custom` for a period chosen through the picker. */
    selected: z.string(),
    options: z.array(periodOptionSchema),
    /** The chosen period's dates, "2026-05-30 to 2026-11-29". */
    range: text,
  }),
  target: levelViewSchema,
  /** The level held now, shown collapsed; none when the target is the ladder's first. */
  current: z.optional(levelViewSchema),
  /** Moments of the period linked to ids the ladder no longer has: shown, never dropped. */
  staleLinks: z.array(
    z.object({
      expectationId: expectationIdSchema,
      moments: z.array(evidenceMomentSchema),
      earlierMoments: z.optional(text),
    }),
  ),
  /** How strength is decided, in words. */
  strengthRule: text,
  /** Per competency, in taxonomy order. */
  ratings: z.array(competencyRatingSchema),
  /** Where the ratings come from: the latest check-in, or how to make one. */
  ratingsSource: text,
  /** Both built-in tracks side by side. */
  tracks: z.array(trackFitSchema),
});

export const readinessHostToViewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), snapshot: readinessSnapshotSchema }),
]);

const link = { momentId: momentIdSchema, expectationId: expectationIdSchema };

export const readinessViewToHostSchema = z.discriminatedUnion('type', [
  /** Sent once the view has loaded. */
  z.object({ type: z.literal('ready') }),
  /** One of the select's periods. */
  z.object({ type: z.literal('choosePeriod'), period: periodOptionSchema.shape.id }),
  /** Any period, through the same picker as the brag document's (custom dates included). */
  z.object({ type: z.literal('pickPeriod') }),
  z.object({ type: z.literal('openCode'), id: momentIdSchema }),
  z.object({ type: z.literal('openLink'), url: webUrlSchema }),
  /** A matched moment becomes linked to the expectation. */
  z.object({ type: z.literal('confirm'), ...link }),
  z.object({ type: z.literal('unlink'), ...link }),
  /** Choose any moment of the period to link to the expectation. */
  z.object({ type: z.literal('linkMoment'), expectationId: expectationIdSchema }),
  /** Log a new moment already linked to the expectation. */
  z.object({ type: z.literal('logFor'), expectationId: expectationIdSchema }),
]);

export type ReadinessSnapshot = z.infer<typeof readinessSnapshotSchema>;
export type ReadinessStrings = z.infer<typeof readinessStringsSchema>;
export type LevelView = z.infer<typeof levelViewSchema>;
export type ExpectationView = z.infer<typeof expectationViewSchema>;
export type EvidenceMomentView = z.infer<typeof evidenceMomentSchema>;
export type CompetencyRatingView = z.infer<typeof competencyRatingSchema>;
export type TrackFitView = z.infer<typeof trackFitSchema>;
export type ReadinessHostToViewMessage = z.infer<typeof readinessHostToViewSchema>;
export type ReadinessViewToHostMessage = z.infer<typeof readinessViewToHostSchema>;
