import * as z from 'zod/mini';
import { logFileSchema } from './schema';

/**
 * The log file's JSON Schema, from the zod schema. Checks zod cannot express in JSON
 * Schema (lines in order, unique ids) are left to the extension, which
 * reports them when it reads the file.
 */
export function logFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(logFileSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
    title: 'Growth Log',
    description: 'Leadership moments logged with the Growth Log extension for VS Code.',
  };
}
