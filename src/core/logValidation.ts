import type { z } from 'zod/mini';
import {
  COMMIT_PATTERN,
  CURRENT_LOG_VERSION,
  ENERGY_LEVELS,
  KIND_ID_PATTERN,
  NON_BLANK_PATTERN,
  TIMESTAMP_PATTERN,
  type codeLocationSchema,
  logFileSchema,
  momentSchema,
  type LogFile,
  type Moment,
} from './schema';

/**
 * Validation on the hot paths: every load, and every write.
 *
 * The zod schemas in schema.ts define the format and word the messages. A full zod pass,
 * though, copies every object it checks and costs more than `JSON.parse` on a big log. So
 * each moment first meets a direct check, built from the same patterns, that accepts only
 * what the schema certainly accepts; a moment it is unsure of (one with links, whose URL
 * rules are zod's) goes to zod. Only a log that is actually wrong gets a full zod pass, to
 * report its first problem with its path. A property test holds the direct check to
 * "accepts ⇒ zod accepts", and the field tables below are typed on the schemas' shapes, so
 * a field added to the schema does not compile until it is checked here too.
 */

export type LogValidation = { readonly success: true; readonly data: LogFile } | { readonly success: false; readonly error: z.core.$ZodError };

/** Validates a parsed log file; on success `data` is the value itself (or, where zod normalised a moment, a copy holding zod's output). */
export function validateLog(value: unknown): LogValidation {
  if (!isLogShell(value)) return logFileSchema.safeParse(value);
  const moments = validateMoments(value.moments);
  if (!moments) return logFileSchema.safeParse(value);
  return { success: true, data: (moments === value.moments ? value : { ...value, moments }) as LogFile };
}

/**
 * Validates `after`, a change of the valid log `before` that only added moments at the
 * end (so the moments `before` has were validated already). `beforeIds` are their ids.
 */
export function validateAppended(after: LogFile, appendedFrom: number, beforeIds: ReadonlySet<string>): LogValidation {
  if (!isLogShell(after)) return logFileSchema.safeParse(after);
  const added = after.moments.slice(appendedFrom);
  if (validateMoments(added, (id) => beforeIds.has(id)) !== added) return logFileSchema.safeParse(after);
  return { success: true, data: after };
}

/**
 * The moments if every one is valid and no id repeats or is `taken`; undefined otherwise.
 * A copy when zod normalised a moment (it trims URLs, for one).
 */
function validateMoments(moments: readonly unknown[], taken: (id: string) => boolean = () => false): readonly unknown[] | undefined {
  const seenIds = new Set<string>();
  let normalised: unknown[] | undefined;
  for (let index = 0; index < moments.length; index++) {
    let moment = moments[index];
    if (!isCertainlyValid(moment, MOMENT_FIELDS)) {
      const checked = momentSchema.safeParse(moment);
      if (!checked.success) return undefined;
      if (!Object.is(checked.data, moment)) {
        normalised ??= [...moments];
        normalised[index] = checked.data;
      }
      moment = checked.data;
    }
    const { id } = moment as Moment;
    if (seenIds.has(id) || taken(id)) return undefined;
    seenIds.add(id);
  }
  return normalised ?? moments;
}

function isLogShell(value: unknown): value is { version: number; moments: unknown[] } & Record<string, unknown> {
  return isObject(value) && value.version === CURRENT_LOG_VERSION && Array.isArray(value.moments);
}

type FieldCheck = (value: unknown) => boolean;
/** Field name and check pairs: an array, because walking one is faster than walking an object's keys per moment. */
type FieldChecks = readonly (readonly [string, FieldCheck])[];

/** Typed on the schema's field names, so a field added to the schema must be added here. */
function fieldChecks<Field extends string>(checks: Readonly<Record<Field, FieldCheck>>): FieldChecks {
  return Object.entries(checks);
}

const isString: FieldCheck = (value) => typeof value === 'string';
const isNonBlank: FieldCheck = (value) => typeof value === 'string' && (startsVisible(value) || NON_BLANK_PATTERN.test(value));
const isNonBlankList: FieldCheck = (value) => Array.isArray(value) && value.every(isNonBlank);
const isLine: FieldCheck = (value) => Number.isSafeInteger(value) && (value as number) >= 1;
/** A visible ASCII character first settles "not blank" without running a pattern, which counts over 100,000 moments. */
function startsVisible(text: string): boolean {
  const first = text.charCodeAt(0);
  return first > 0x20 && first < 0x7f;
}

/** For fields whose rules only zod applies: a moment that has one is left to zod. */
const leaveToZod: FieldCheck = () => false;

function optional(check: FieldCheck): FieldCheck {
  return (value) => value === undefined || check(value);
}

const CODE_FIELDS = fieldChecks<keyof typeof codeLocationSchema.shape>({
  path: isNonBlank,
  startLine: isLine,
  endLine: isLine,
  commit: optional(isString),
  branch: optional(isString),
  remote: optional(isString),
});

const MOMENT_FIELDS = fieldChecks<keyof typeof momentSchema.shape>({
  id: isNonBlank,
  kind: (value) => typeof value === 'string' && KIND_ID_PATTERN.test(value),
  at: (value) => typeof value === 'string' && TIMESTAMP_PATTERN.test(value),
  summary: isNonBlank,
  notes: optional(isString),
  people: optional(isNonBlankList),
  impact: optional(isString),
  tags: optional(isNonBlankList),
  starred: optional((value) => typeof value === 'boolean'),
  energy: optional((value) => (ENERGY_LEVELS as readonly unknown[]).includes(value)),
  code: optional(
    (value) => isCertainlyValid(value, CODE_FIELDS) && (value as { endLine: number; startLine: number }).endLine >= (value as { startLine: number }).startLine,
  ),
  links: optional(leaveToZod),
  commit: optional((value) => typeof value === 'string' && COMMIT_PATTERN.test(value)),
});

/** Exported for the test that holds this check to zod's verdict. */
export function isCertainlyValid(value: unknown, fields: FieldChecks): boolean {
  if (!isObject(value)) return false;
  for (const [field, check] of fields) {
    if (!check(value[field])) return false;
  }
  return true;
}

export const DIRECT_CHECKS = { moment: MOMENT_FIELDS, code: CODE_FIELDS } as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
