import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';

/**
 * The JSON Schema VS Code uses for a hand-edited ladder (dist/growth-log-ladder.schema.json,
 * generated from the zod schema at build time) agrees with the reader: it accepts the valid
 * ladder and rejects the malformed ones, bar what JSON Schema cannot state.
 */

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'ladders');
const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'dist', 'growth-log-ladder.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Refused only by the reader's own checks. */
const BEYOND_JSON_SCHEMA = new Set([
  'unknown-competency.ladder.json', // names in any case: offered as completions, checked by the reader
  'level-named-twice.ladder.json', // names compared without regard to case
  'duplicate-id.ladder.json', // unique ids across levels
  'same-expectation-twice.ladder.json', // ids derived from the text
]);

describe('the generated ladder JSON Schema', () => {
  it('is contributed for *.ladder.json files', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const entry = manifest.contributes.jsonValidation.find(
      (candidate: { url: string }) => candidate.url === './dist/growth-log-ladder.schema.json',
    );
    assert.deepEqual(entry?.fileMatch, ['**/*.ladder.json']);
  });

  it('offers the competency ids as completions', () => {
    const competencies = schema.properties.levels.items.properties.expectations.items.properties.competencies;
    assert.ok(competencies.items.examples.includes('team-development'));
    assert.match(competencies.description, /English names/);
  });

  it('accepts the valid ladder', () => {
    const ladder = JSON.parse(readFileSync(path.join(FIXTURES, 'company.ladder.json'), 'utf8'));
    assert.ok(validate(ladder), JSON.stringify(validate.errors));
  });

  it('rejects every malformed JSON ladder that is JSON at all, except what only the reader can check', () => {
    const folder = path.join(FIXTURES, 'malformed');
    let checked = 0;
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(path.join(folder, name), 'utf8'));
      } catch {
        continue; // a syntax error: the JSON language service reports those itself
      }
      checked++;
      assert.equal(validate(value), BEYOND_JSON_SCHEMA.has(name), name);
    }
    assert.ok(checked >= 14, `${checked} schema-level fixtures`);
  });
});
