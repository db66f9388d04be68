import * as z from 'zod/mini';
import type { Moment } from '../model/schema';
import { KIND_ID_PATTERN } from '../../shared/patterns';
import { MAX_FOLLOW_UP_DAYS, SETTING_DEFAULTS } from '../../shared/settingDefaults';

/**
 * Asking, weeks later, whether a delegation or a decision held up: a leader's impact shows
 * only then. A moment logged by hand of a kind the user follows up gets a `followUpAt`;
 * once it is due it is asked about (a few at a time, the longest waiting first) until an
 * outcome is recorded or the question dismissed, which both remove the date.
 */

/** Which moments are followed up, and after how many days (0: none are). */
export interface FollowUpRule {
  readonly kinds: readonly string[];
  readonly days: number;
}

/** How many due follow-ups are shown at a time: a question or three, never a flood. */
export const FOLLOW_UPS_AT_A_TIME = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

const followUpRuleSchema = z.object({
  kinds: z.catch(z.array(z.string().check(z.regex(KIND_ID_PATTERN))), () => [...SETTING_DEFAULTS['followUp.kinds']]),
  days: z.catch(z.int().check(z.minimum(0), z.maximum(MAX_FOLLOW_UP_DAYS)), SETTING_DEFAULTS['followUp.days']),
});

/**
 * The rule from the settings' raw values (`growthLog.followUp.kinds`, `.days`): a value
 * that does not fit falls back to its default, as every setting does.
 */
export function parseFollowUpRule(kinds: unknown, days: unknown): FollowUpRule {
  const parsed = followUpRuleSchema.parse({ kinds, days });
  return { kinds: [...new Set(parsed.kinds)], days: parsed.days };
}

/**
 * When to ask whether `moment` held up: `rule.days` after it happened. None when follow-ups
 * are off, for a kind not followed up, or for a moment that happened longer ago than that
 * (logged late, it would be due at once: a backlog typed in one evening must not come
 * back as a pile of questions).
 */
export function followUpDate(moment: Pick<Moment, 'kind' | 'at'>, rule: FollowUpRule, now: Date): string | undefined {
  if (rule.days <= 0 || !rule.kinds.includes(moment.kind)) return undefined;
  const happened = Date.parse(moment.at);
  if (Number.isNaN(happened) || now.getTime() - happened > rule.days * DAY_MS) return undefined;
  return new Date(happened + rule.days * DAY_MS).toISOString();
}

/**
 * A moment the user has just logged by hand, with its follow-up date when the rule gives it
 * one. Moments that arrive any other way (imported, suggested from git) never pass here.
 */
export function withFollowUp(moment: Moment, rule: FollowUpRule, now: Date): Moment {
  const followUpAt = followUpDate(moment, rule, now);
  return followUpAt === undefined ? moment : { ...moment, followUpAt };
}

/** Whether `moment` is waiting for its question at `now`. */
export function isFollowUpDue(moment: Moment, now: Date): boolean {
  if (moment.followUpAt === undefined || moment.outcome !== undefined) return false;
  const due = Date.parse(moment.followUpAt);
  return !Number.isNaN(due) && due <= now.getTime();
}

/**
 * Every follow-up due at `now`, the longest waiting first (then the earliest moment, then
 * by id, so the order never depends on the file's).
 */
export function dueFollowUps(moments: Iterable<Moment>, now: Date): Moment[] {
  const due: Moment[] = [];
  for (const moment of moments) if (isFollowUpDue(moment, now)) due.push(moment);
  return due.sort(
    (a, b) =>
      Date.parse(a.followUpAt ?? '') - Date.parse(b.followUpAt ?? '') ||
      Date.parse(a.at) - Date.parse(b.at) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** `moment` with what came of it, recorded at `now`; the question is answered, so no longer asked. */
export function recordOutcome(moment: Moment, text: string, now: Date): Moment {
  const { followUpAt: _answered, ...rest } = moment;
  // Fields a newer version wrote into the outcome stay, as everywhere in the log.
  return { ...rest, outcome: { ...moment.outcome, text: text.trim(), at: now.toISOString() } };
}

/** `moment` without its follow-up: the user chose not to be asked about it. */
export function dismissFollowUp(moment: Moment): Moment {
  const { followUpAt: _dismissed, ...rest } = moment;
  return rest;
}
