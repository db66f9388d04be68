import { readSmallTextFile, SmallFileError } from '../storage/smallFile';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import * as z from 'zod/mini';
import { NON_BLANK_PATTERN } from '../../shared/patterns';
import { jsonSyntaxProblem } from '../model/logFileCodec';
import { formatFieldPath } from '../model/logFileError';
import { described, kindIdSchema } from '../model/schema';
import { COMPETENCY_IDS, type CompetencyId } from '../model/taxonomy';
import { issueMessage } from '../model/validationMessages';
import { competencyChoices, competencyNamed } from './competencyNames';
import type { CsvRecordReader } from './csvRecords';
import { EXPECTATION_ID_PATTERN } from './expectationIds';
import type { Ladder } from './ladder';
import { levelKey } from './ladder';
import { LadderFileError } from './ladderFileError';
import { parseCsvLadder } from './ladderCsv';

export { LadderFileError } from './ladderFileError';
import { buildLadder, type ExpectationDraft, LADDER_LIMITS } from './ladderDrafts';
import { clipEnd } from '../../shared/clipText';

/**
 * A company's ladder from a file: JSON (read here) or CSV (ladderCsv.ts, its rows read by
 * the CSV parser the caller passes in, loaded only when a CSV ladder is read). The JSON:
 *
 *     { "name": "Acme engineering",
 *       "levels": [{ "name": "Staff",
 *                    "expectations": [{ "id": "staff-scope", "area": "Scope",
 *                                       "text": "Leads work that spans several teams.",
 *                                       "competencies": ["ownership", "Strategic vision"] }] }] }
 *
 * Fields are checked strictly (a misspelt "competences" is named, not ignored): the file
 * is written by hand, and a field silently skipped would quietly change the readiness.
 */

/** A ladder is a few kilobytes; anything near this is not one. */
const MAX_LADDER_FILE_BYTES = 1024 * 1024;

/** Whether `filePath` is read as CSV (by its extension) rather than JSON. */
export function isCsvLadderPath(filePath: string): boolean {
  return path.extname(filePath).toLowerCase() === '.csv';
}

/**
 * The ladder in the file at `filePath`; `loadCsvReader` gives csvRecords.ts's
 * `readCsvRecords` (the command line bundles it; the extension requires dist/ladderCsv.js). Throws a LadderFileError when the file is missing,
 * not a file, too large or not a ladder; the operating system's other refusals
 * (permission denied) are thrown as they come, for the caller to word.
 */
export async function readLadderFile(filePath: string, loadCsvReader: () => Promise<CsvRecordReader>): Promise<Ladder> {
  const text = await readSmallText(filePath);
  return isCsvLadderPath(filePath)
    ? parseCsvLadder(text, filePath, await loadCsvReader())
    : parseJsonLadder(text, filePath);
}

async function readSmallText(filePath: string): Promise<string> {
  try {
    return await readSmallTextFile(filePath, MAX_LADDER_FILE_BYTES);
  } catch (error) {
    if (error instanceof SmallFileError) throw new LadderFileError(filePath, error.message);
    throw error;
  }
}

const nonBlank = (maxLength: number) =>
  z.string().check(z.regex(NON_BLANK_PATTERN, { error: () => l10n.t('must not be blank') }), z.maxLength(maxLength));

const competencyWord = z.string().check(
  z.meta({ examples: [...COMPETENCY_IDS] }),
  z.refine((word) => competencyNamed(word) !== undefined, {
    error: (issue) =>
      l10n.t('"{0}" is not a competency; use one of {1}', clipEnd(String(issue.input)), competencyChoices()),
  }),
);

const expectationSchema = z.strictObject({
  id: z.optional(
    described(
      z.string().check(
        z.regex(EXPECTATION_ID_PATTERN, {
          error: () => l10n.t('an id is up to 80 letters, digits, ".", "_" and "-", starting with a letter or digit'),
        }),
      ),
      'A stable id moments link to; without one, an id is derived from the level and the text.',
    ),
  ),
  area: z.optional(
    described(nonBlank(LADDER_LIMITS.nameLength), 'A heading to group expectations under, such as Scope.'),
  ),
  text: described(nonBlank(LADDER_LIMITS.expectationLength), 'The expectation, in one sentence.'),
  competencies: described(
    z.array(competencyWord).check(z.minLength(1, { error: () => l10n.t('name one competency or more') })),
    'Competency ids (team-development) or their English names (Team development).',
  ),
  kinds: z.optional(described(z.array(kindIdSchema), 'Only moments of these kinds (or with these tags) are matched.')),
  tags: z.optional(
    described(
      z.array(nonBlank(LADDER_LIMITS.nameLength)),
      'Only moments with these tags (or of these kinds) are matched.',
    ),
  ),
});

const levelSchema = z.strictObject({
  name: described(nonBlank(LADDER_LIMITS.nameLength), 'The level, as the ladder names it: Staff, Team Lead.'),
  expectations: z
    .array(expectationSchema)
    .check(
      z.minLength(1, { error: () => l10n.t('a level holds one expectation or more') }),
      z.maxLength(LADDER_LIMITS.expectationsPerLevel),
    ),
});

export const ladderFileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    name: described(nonBlank(LADDER_LIMITS.ladderNameLength), 'The ladder, as your company calls it.'),
    levels: described(
      z
        .array(levelSchema)
        .check(
          z.minLength(1, { error: () => l10n.t('a ladder holds one level or more') }),
          z.maxLength(LADDER_LIMITS.levels),
        ),
      'The levels, lowest first.',
    ),
  })
  .check(
    z.superRefine((ladder, context) => {
      // A level is chosen by its name, without regard to case.
      const seen = new Map<string, number>();
      ladder.levels.forEach((level, index) => {
        const first = seen.get(levelKey(level.name));
        if (first !== undefined)
          context.addIssue({
            code: 'custom',
            message: l10n.t('levels[{0}] has this name too; each level needs a name of its own', first),
            path: ['levels', index, 'name'],
          });
        else seen.set(levelKey(level.name), index);
      });
    }),
  );

/** A ladder's shape in a sentence about the file. */
const LADDER_SHAPE = '{"name": …, "levels": [{"name": …, "expectations": [{"text": …, "competencies": […]}]}]}';

/** The ladder in `text`, read from `filePath` (named in errors). */
export function parseJsonLadder(text: string, filePath: string): Ladder {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.trim() === '')
    throw new LadderFileError(filePath, l10n.t('the file is empty; a ladder file holds {0}', LADDER_SHAPE));
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    const { detail, position } = jsonSyntaxProblem(source);
    throw new LadderFileError(
      filePath,
      detail,
      position ? `${position.line}:${position.column}` : undefined,
      position?.line,
    );
  }
  const parsed = ladderFileSchema.safeParse(value, { error: issueMessage });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const fieldPath = (issue?.path ?? []).filter((segment): segment is string | number => typeof segment !== 'symbol');
    const detail = issue?.message ?? l10n.t('is not a ladder');
    if (fieldPath.length === 0)
      throw new LadderFileError(filePath, l10n.t('{0}; a ladder file holds {1}', detail, LADDER_SHAPE));
    throw new LadderFileError(filePath, detail, formatFieldPath(fieldPath));
  }
  const drafts = parsed.data.levels.flatMap((level, levelAt) =>
    level.expectations.map((expectation, at): ExpectationDraft => {
      const place = `levels[${levelAt}].expectations[${at}]`;
      return {
        ...expectation,
        level: level.name,
        competencies: expectation.competencies.map((word) => competencyNamed(word) as CompetencyId),
        place,
        ...(expectation.id === undefined ? {} : { idPlace: `${place}.id` }),
      };
    }),
  );
  return buildLadder(parsed.data.name, drafts, filePath);
}

/** The ladder file's JSON Schema, for completion and squiggles when one is edited by hand. */
export function ladderFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ladderFileSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
    title: 'Growth Log career ladder',
    description: "Your company's career ladder: its levels, lowest first, and what each expects.",
  };
}
