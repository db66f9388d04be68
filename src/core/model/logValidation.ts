import type { z } from 'zod/mini';
import { ENERGY_LEVELS } from '../../shared/enums';
import { KIND_ID_PATTERN, NON_BLANK_PATTERN } from '../../shared/patterns';
import {
  COMMIT_PATTERN,
  CURRENT_LOG_VERSION,
  TIMESTAMP_PATTERN,
  type codeLocationSchema,
  checkInSchema,
  kindRecordSchema,
  logFileSchema,
  momentSchema,
  personSchema,
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

export type LogValidation =
  | { readonly success: true; readonly data: LogFile }
  | { readonly success: false; readonly error: z.core.$ZodError };

/** Validates a parsed log file; on success `data` is the value itself (or, where zod normalised a moment, a copy holding zod's output). */
export function validateLog(value: unknown): LogValidation {
  if (!isLogShell(value) || !hasValidSmallLists(value)) return logFileSchema.safeParse(value);
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
function validateMoments(
  moments: readonly unknown[],
  taken: (id: string) => boolean = () => false,
): readonly unknown[] | undefined {
  const seenIds = new Set<string>();
  let normalised: unknown[] | undefined;
  for (let index = 0; index < moments.length; index++) {
    let moment = moments[index];
    if (!isCertainlyValidMoment(moment)) {
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

/**
 * Whether the people, kinds and check-ins, if any, are valid with no id repeated. These lists are
 * short (dozens of entries, not thousands), so zod checks them directly; none of their
 * fields is normalised by zod, so the entries are kept as they are.
 */
function hasValidSmallLists(log: Record<string, unknown>): boolean {
  return (
    (log.people === undefined || isValidList(log.people, personSchema)) &&
    (log.kinds === undefined || isValidList(log.kinds, kindRecordSchema)) &&
    (log.checkIns === undefined || isValidList(log.checkIns, checkInSchema))
  );
}

function isValidList(value: unknown, schema: z.ZodMiniType<{ id: string }>): boolean {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const entry of value) {
    const checked = schema.safeParse(entry);
    if (!checked.success || ids.has(checked.data.id)) return false;
    ids.add(checked.data.id);
  }
  return true;
}

function isLogShell(value: unknown): value is { version: number; moments: unknown[] } & Record<string, unknown> {
  return isObject(value) && value.version === CURRENT_LOG_VERSION && Array.isArray(value.moments);
}

/**
 * The direct checks, written out field by field: reading named properties is several
 * times faster than walking a table of checks, which matters at 100,000 moments. The
 * lists below are typed on the schemas' shapes, so a field added to a schema does not
 * compile until it is listed here, and the property test (junk in every listed field)
 * fails until it is checked.
 */
type MomentField = keyof typeof momentSchema.shape;
type CodeField = keyof typeof codeLocationSchema.shape;

const CHECKED_MOMENT_FIELDS = [
  'id',
  'kind',
  'at',
  'summary',
  'notes',
  'people',
  'impact',
  'tags',
  'starred',
  'energy',
  'code',
  'links',
  'commit',
  'initiative',
  'outcome',
  'followUpAt',
  'expectations',
  'competency',
] as const satisfies readonly MomentField[];
const CHECKED_CODE_FIELDS = [
  'path',
  'startLine',
  'endLine',
  'commit',
  'branch',
  'remote',
  'repository',
] as const satisfies readonly CodeField[];

type Unlisted =
  | Exclude<MomentField, (typeof CHECKED_MOMENT_FIELDS)[number]>
  | Exclude<CodeField, (typeof CHECKED_CODE_FIELDS)[number]>;
// Fails to compile, naming the field, when a schema has a field the lists above lack.
const everyFieldListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyFieldListed;

/** True only for a moment the schema certainly accepts. Links are left to zod (its URL rules are its own). */
export function isCertainlyValidMoment(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { kind, at, energy, code } = value;
  return (
    isNonBlank(value.id) &&
    typeof kind === 'string' &&
    KIND_ID_PATTERN.test(kind) &&
    typeof at === 'string' &&
    TIMESTAMP_PATTERN.test(at) &&
    isNonBlank(value.summary) &&
    isOptionalString(value.notes) &&
    (value.people === undefined || isNonBlankList(value.people)) &&
    isOptionalString(value.impact) &&
    (value.tags === undefined || isNonBlankList(value.tags)) &&
    (value.starred === undefined || typeof value.starred === 'boolean') &&
    (energy === undefined || (ENERGY_LEVELS as readonly unknown[]).includes(energy)) &&
    (code === undefined || isCertainlyValidCode(code)) &&
    value.links === undefined &&
    (value.initiative === undefined || isNonBlank(value.initiative)) &&
    (value.expectations === undefined || isNonBlankList(value.expectations)) &&
    (value.competency === undefined || isNonBlank(value.competency)) &&
    // An outcome is rare: zod checks it, as it checks links.
    value.outcome === undefined &&
    (value.followUpAt === undefined ||
      (typeof value.followUpAt === 'string' && TIMESTAMP_PATTERN.test(value.followUpAt))) &&
    (value.commit === undefined || (typeof value.commit === 'string' && COMMIT_PATTERN.test(value.commit)))
  );
}

function isCertainlyValidCode(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { startLine, endLine } = value;
  return (
    isNonBlank(value.path) &&
    isLine(startLine) &&
    isLine(endLine) &&
    endLine >= startLine &&
    isOptionalString(value.commit) &&
    isOptionalString(value.branch) &&
    isOptionalString(value.remote) &&
    (value.repository === undefined || isCertainlyValidRepository(value.repository))
  );
}

function isCertainlyValidRepository(value: unknown): boolean {
  return isObject(value) && isNonBlank(value.name) && isOptionalString(value.remote);
}

function isNonBlank(value: unknown): boolean {
  return typeof value === 'string' && (startsVisible(value) || NON_BLANK_PATTERN.test(value));
}

/** A visible ASCII character first settles "not blank" without running a pattern. */
function startsVisible(text: string): boolean {
  const first = text.charCodeAt(0);
  return first > 0x20 && first < 0x7f;
}

function isNonBlankList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isNonBlank(item)) return false;
  return true;
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isLine(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
