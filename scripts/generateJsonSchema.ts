/**
 * Writes dist/growth-log.schema.json, the JSON Schema of the log file, and
 * dist/growth-log-ladder.schema.json, that of a career ladder file: each generated from the
 * same zod schema every read is checked with, so that VS Code offers completion and
 * squiggles when one is edited by hand (package.json `jsonValidation`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ladderFileJsonSchema } from '../src/core/ladders/ladderFile';
import { logFileJsonSchema } from '../src/core/model/jsonSchema';

function write(target: string, schema: Record<string, unknown>): void {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
}

write(path.resolve(process.argv[2] ?? 'dist/growth-log.schema.json'), logFileJsonSchema());
write(path.resolve(process.argv[3] ?? 'dist/growth-log-ladder.schema.json'), ladderFileJsonSchema());
