import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';

/**
 * The JSON Schema VS Code uses for hand edits (dist/growth-log.schema.json, generated from
 * the zod schema at build time) agrees with the extension: it accepts every valid fixture
 * and rejects the invalid ones, bar the few checks JSON Schema cannot express.
 */

const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'dist', 'growth-log.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Refused only by the extension's own checks, which JSON Schema cannot state. */
const BEYOND_JSON_SCHEMA = new Set([
  'id-duplicate.json', // unique ids across moments
  'people-id-duplicate.json', // unique ids across people
  'kinds-id-duplicate.json', // unique ids across kinds
  'code-end-before-start.json', // one field compared with another
]);

function parseJson(file: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

describe('the generated JSON Schema', () => {
  it('is contributed for the log file through jsonValidation', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.jsonValidation[0].url, './dist/growth-log.schema.json');
    assert.ok(manifest.contributes.jsonValidation[0].fileMatch.includes('**/.vscode/growth-log.json'));
    assert.match(schema.properties.moments.items.properties.summary.description, /what happened/);
  });

  for (const name of readdirSync(path.join(REPO_ROOT, 'test', 'fixtures', 'valid'))) {
    it(`accepts valid/${name}`, () => {
      const parsed = parseJson(path.join(REPO_ROOT, 'test', 'fixtures', 'valid', name));
      assert.ok(parsed.ok);
      assert.ok(validate(parsed.value), JSON.stringify(validate.errors));
    });
  }

  it('rejects every malformed file that is JSON at all, except what only the extension can check', () => {
    const folder = path.join(REPO_ROOT, 'test', 'fixtures', 'malformed');
    let checked = 0;
    for (const name of readdirSync(folder)) {
      const parsed = parseJson(path.join(folder, name));
      if (!parsed.ok) continue; // a syntax error: the JSON language service reports those itself
      checked++;
      assert.equal(validate(parsed.value), BEYOND_JSON_SCHEMA.has(name), name);
    }
    assert.ok(checked >= 30, `${checked} schema-level fixtures`);
  });
});
