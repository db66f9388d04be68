import * as z from 'zod/mini';
import { ENERGY_LEVELS, TRACK_IDS } from './shared/enums';
import { KIND_ID_PATTERN, NON_BLANK_PATTERN } from './shared/patterns';
import { isWebUrl } from './shared/webUrl';

/**
 * The only language the sidebar webview and the extension host speak. Both sides parse
 * every message they receive with these schemas and build every message they send from
 * these types, so a malformed or hostile message is dropped at the border.
 *
 * The host always sends a full snapshot of what to show (never a delta), with every label
 * already worded, so the webview only draws and holds no state beyond the week it shows.
 */

const kindIdSchema = z.string().check(z.regex(KIND_ID_PATTERN), z.maxLength(64));
const count = z.int().check(z.minimum(0));
// As long as the log allows: any id the log holds can be edited, deleted and opened from the view.
const momentIdSchema = z.string().check(z.regex(NON_BLANK_PATTERN));
/** Only a web address is ever opened from the view; any other scheme stays text. */
const webUrlSchema = z
  .string()
  .check(z.maxLength(8192), z.refine(isWebUrl, { message: 'only an http or https address is opened' }));
/** A person's name as the log writes it (user text: the view shows it, the host passes it on). */
const personNameSchema = z.string().check(z.regex(NON_BLANK_PATTERN), z.maxLength(1000));

/** How far back from the current week the view may go: ten years. */
export const OLDEST_WEEK_OFFSET = -520;
export const weekOffsetSchema = z.int().check(z.minimum(OLDEST_WEEK_OFFSET), z.maximum(0));

export const momentViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  icon: z.string(),
  summary: z.string(),
  at: z.string(),
  /** "Today", "Yesterday", "Monday", "12 Nov". */
  day: z.string(),
  people: z.array(z.string()),
  tags: z.array(z.string()),
  starred: z.boolean(),
  /** The piece of work it belongs to (`+payments`), as the log spells it. */
  initiative: z.optional(z.string()),
  impact: z.optional(z.string()),
  energy: z.optional(z.enum(ENERGY_LEVELS)),
  /** "src/retry.ts:10-42" for a moment tied to code. */
  code: z.optional(z.string()),
  /** The moment's links as the log holds them; the view offers to open only web addresses. */
  links: z.array(z.string()),
});

export const targetRowSchema = z.object({
  kind: z.string(),
  label: z.string(),
  icon: z.string(),
  count,
  /** 0 when the kind has no target but was logged this week. */
  target: count,
});

const energyVerdictSchema = z.object({ label: z.string(), rated: count });
const changeIdSchema = z.string().check(z.regex(/^\d{1,12}$/));

/** A line of the view that is a button: its words, and the fuller name a screen reader gives it. */
const sidebarLineSchema = z.object({
  text: z.string().check(z.maxLength(2000)),
  label: z.string().check(z.maxLength(4000)),
});

export const undoOfferSchema = z.object({ changeId: changeIdSchema, label: z.string().check(z.maxLength(1000)) });

/** The weeks up to and including the selected one, oldest first. */
export const trendSchema = z.object({
  /** The kinds drawn as their own colour; the rest are drawn together as "Other". */
  series: z.array(z.object({ label: z.string() })).check(z.maxLength(6)),
  weeks: z.array(
    z.object({
      /** The week's first day, such as "Nov 9". */
      label: z.string(),
      /**
       * What fits under its bar: the day of the month as the language writes it ("9",
       * "9."), with the month's name at the first bar and where the month changes ("Dec 7").
       */
      tick: z.string(),
      total: count,
      /** Counts per series, in `series` order. */
      counts: z.array(count),
    }),
  ),
});

/** How many follow-ups the view asks about at a time: a question or three, never a flood. */
export const FOLLOW_UPS_AT_A_TIME = 3;

/** A moment whose follow-up is due: "Did it hold up?" */
export const followUpViewSchema = z.object({
  id: momentIdSchema,
  summary: z.string(),
  kindLabel: z.string(),
  icon: z.string(),
  /** When it happened: "12 Nov". */
  day: z.string(),
});

/** The sidebar's own texts, translated by the host; `{0}`, `{1}` are filled in by the view. */
export const WEBVIEW_STRING_KEYS = [
  'personalLog',
  'chooseWeek',
  'previousWeek',
  'nextWeek',
  'thisWeek',
  'streak',
  'problemIntro',
  'openLogFile',
  'emptyTitle',
  'emptyText',
  'logFirstMoment',
  'targetsOne',
  'targetsMany',
  'targetProgress',
  'moments',
  'nothingThisWeek',
  'nothingThatWeek',
  'starred',
  'editMoment',
  'deleteMoment',
  'withPeople',
  'initiative',
  'impact',
  'openCode',
  'gaps',
  'noGaps',
  'gapsTitle',
  'moreGapsOne',
  'moreGapsMany',
  'energy',
  'energyUnrated',
  'energyTitle',
  'energises',
  'drains',
  'energyFromOne',
  'energyFromMany',
  'energyBasedOnMany',
  'energyTooFew',
  'momentDetails',
  'openLink',
  'people',
  'nobodyThisWeek',
  'nobodyThatWeek',
  'personMomentsOne',
  'personMomentsMany',
  'mergePeople',
  'mergePerson',
  'logAndExport',
  'logMentoring',
  'logCodeReview',
  'logDelegation',
  'logOther',
  'exportBragDocument',
  'trendTitle',
  'trendCaption',
  'weekOf',
  'total',
  'followUpsTitle',
  'followUpsIntro',
  'followUpsMore',
  'answerFollowUp',
  'answerFollowUpLabel',
  'dismissFollowUp',
  'dismissFollowUpLabel',
] as const;
export const webviewStringsSchema = z.record(z.enum(WEBVIEW_STRING_KEYS), z.string().check(z.maxLength(1000)));

export const sidebarSnapshotSchema = z.object({
  strings: webviewStringsSchema,
  /** Which log is shown: a workspace folder's, or the personal one when no folder is open. */
  source: z.object({
    scope: z.enum(['workspace', 'personal']),
    folderName: z.optional(z.string()),
    filePath: z.string(),
  }),
  /** Set when the log could not be read; the view then shows this instead of the week. */
  problem: z.optional(z.string()),
  /** How many moments the whole log holds, to tell a brand-new user from a quiet week. */
  totalMoments: count,
  track: z.enum(TRACK_IDS),
  week: z.object({
    offset: weekOffsetSchema,
    title: z.string(),
    range: z.string(),
    total: count,
    targets: z.array(targetRowSchema),
    moments: z.array(momentViewSchema),
  }),
  /** Weeks in a row with at least one moment, up to now. */
  streak: count,
  trend: trendSchema,
  gaps: z.array(z.object({ label: z.string(), suggestion: z.string() })),
  /** Who the week's moments involved, the most involved first, with those moments' ids. */
  people: z.array(z.object({ name: z.string(), momentIds: z.array(z.string()) })),
  energy: z.object({
    /**
     * Kinds that felt energising more often than draining over the last quarter, each with
     * how many rated moments say so; only kinds rated often enough to tell are named.
     */
    energises: z.array(energyVerdictSchema),
    drains: z.array(energyVerdictSchema),
    /** How many moments of the quarter carry an energy at all. */
    rated: count,
  }),
  /** The follow-ups due now, the longest waiting first, and how many more wait behind them. */
  followUps: z.object({
    due: z.array(followUpViewSchema).check(z.maxLength(FOLLOW_UPS_AT_A_TIME)),
    more: count,
  }),
  /** The last change, when it can be undone from the view (a deletion): its id and the button's words. */
  undoOffer: z.optional(undoOfferSchema),
  /**
   * The readiness summary for the target level over the last six months, opening the
   * readiness view; absent until the host has measured it (after the view's first paint).
   */
  readiness: z.optional(sidebarLineSchema),
  /** Set when the ladder or a level the settings name cannot be used: a short line, opening what to mend. */
  ladderProblem: z.optional(sidebarLineSchema),
});

export const hostToWebviewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), snapshot: sidebarSnapshotSchema }),
]);

export const webviewToHostSchema = z.discriminatedUnion('type', [
  /** Sent once the view has loaded, with the week it showed before it was hidden. */
  z.object({ type: z.literal('ready'), weekOffset: z.optional(weekOffsetSchema) }),
  z.object({ type: z.literal('log'), kind: z.optional(kindIdSchema) }),
  z.object({ type: z.literal('export') }),
  z.object({ type: z.literal('openLogFile') }),
  z.object({ type: z.literal('showWeek'), offset: weekOffsetSchema }),
  z.object({ type: z.literal('editMoment'), id: momentIdSchema }),
  z.object({ type: z.literal('deleteMoment'), id: momentIdSchema }),
  z.object({ type: z.literal('openCode'), id: momentIdSchema }),
  z.object({ type: z.literal('openLink'), url: webUrlSchema }),
  /** Merge People…, from the people section: for one person when `name` is given. */
  z.object({ type: z.literal('mergePeople'), name: z.optional(personNameSchema) }),
  z.object({ type: z.literal('undo'), changeId: changeIdSchema }),
  /** "Did it hold up?": record what came of the moment, or stop asking about it. */
  z.object({ type: z.literal('answerFollowUp'), id: momentIdSchema }),
  z.object({ type: z.literal('dismissFollowUp'), id: momentIdSchema }),
  /** The readiness line: open the readiness view. */
  z.object({ type: z.literal('showReadiness') }),
  /** The ladder's problem line: open the ladder file or the setting at fault. */
  z.object({ type: z.literal('openLadderProblem') }),
]);

export type SidebarSnapshot = z.infer<typeof sidebarSnapshotSchema>;
export type MomentView = z.infer<typeof momentViewSchema>;
export type WebviewStrings = z.infer<typeof webviewStringsSchema>;
export type TargetRow = z.infer<typeof targetRowSchema>;
export type Trend = z.infer<typeof trendSchema>;
export type UndoOffer = z.infer<typeof undoOfferSchema>;
export type FollowUpView = z.infer<typeof followUpViewSchema>;
export type SidebarLine = z.infer<typeof sidebarLineSchema>;
export type HostToWebviewMessage = z.infer<typeof hostToWebviewSchema>;
export type WebviewToHostMessage = z.infer<typeof webviewToHostSchema>;
