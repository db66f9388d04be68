/**
 * Writes dist/growth-log.schema.json: the JSON Schema of the log file, generated from the
 * same zod schema every read and write is checked with, so that VS Code offers completion
 * and squiggles when the file is edited by hand (package.json `jsonValidation`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { logFileJsonSchema } from '../src/core/model/jsonSchema';

const target = path.resolve(process.argv[2] ?? 'dist/growth-log.schema.json');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(logFileJsonSchema(), null, 2)}\n`);
