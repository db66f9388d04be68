import * as z from 'zod';

/**
 * The data file, version 1. Every read and every write goes through these schemas;
 * the types below are inferred from them so the shape is written down exactly once.
 *
 * Objects are "loose": fields this version does not know (a hand-added note, a field a
 * newer version wrote) are accepted and written back unchanged rather than dropped.
 */

export const CURRENT_LOG_VERSION = 1;

export const KIND_ID_PATTERN = /^[a-z][a-z0-9-]*$/;

export const ENERGY_LEVELS = ['energised', 'neutral', 'drained'] as const;

export const kindIdSchema = z
  .string()
  .regex(KIND_ID_PATTERN, 'a kind id is lower-case letters, digits and dashes, starting with a letter');

const nonBlank = z.string().refine((text) => text.trim().length > 0, 'must not be blank');

export const codeLocationSchema = z.looseObject({
  path: nonBlank,
  startLine: z.int().min(1),
  endLine: z.int().min(1),
  /** The commit the lines were read at. */
  commit: z.string().optional(),
  /** The branch checked out then. */
  branch: z.string().optional(),
  /** A web permalink to the lines at that commit, when the remote is a known forge. */
  remote: z.string().optional(),
}).refine((code) => code.endLine >= code.startLine, {
  message: 'endLine must not be before startLine',
  path: ['endLine'],
});

export const momentSchema = z.looseObject({
  id: nonBlank,
  kind: kindIdSchema,
  at: z.iso.datetime({ offset: true }),
  summary: nonBlank,
  notes: z.string().optional(),
  people: z.array(nonBlank).optional(),
  impact: z.string().optional(),
  tags: z.array(nonBlank).optional(),
  starred: z.boolean().optional(),
  energy: z.enum(ENERGY_LEVELS).optional(),
  code: codeLocationSchema.optional(),
  links: z.array(z.url()).optional(),
  /** The commit a moment suggested from git history came from, so it is not proposed twice. */
  commit: z.string().regex(/^[0-9a-f]{7,64}$/, 'a commit is a hexadecimal SHA').optional(),
});

export const logFileSchema = z
  .looseObject({
    version: z.literal(CURRENT_LOG_VERSION),
    moments: z.array(momentSchema),
  })
  .superRefine((log, context) => {
    // Merging is by id, so two moments with one id would silently become one.
    const seen = new Set<string>();
    log.moments.forEach((moment, index) => {
      if (seen.has(moment.id)) {
        context.addIssue({ code: 'custom', message: `duplicate id "${moment.id}"`, path: ['moments', index, 'id'] });
      }
      seen.add(moment.id);
    });
  });

export type Moment = z.infer<typeof momentSchema>;
export type LogFile = z.infer<typeof logFileSchema>;
export type EnergyLevel = (typeof ENERGY_LEVELS)[number];
export type CodeLocation = z.infer<typeof codeLocationSchema>;

export function emptyLog(): LogFile {
  return { version: CURRENT_LOG_VERSION, moments: [] };
}
