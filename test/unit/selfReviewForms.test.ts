import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { FormFileError, loadForms, parseForms } from '../../src/core/documents/selfReview/formFile';
import { BUILT_IN_FORMS } from '../../src/core/documents/selfReview/forms';
import { COMPETENCY_IDS } from '../../src/core/model/taxonomy';
import { useTempDir } from '../support/tempDir';

const FORMS = path.join(REPO_ROOT, 'test', 'fixtures', 'forms');
const SHAPE = 'a forms file holds one form, {"name": …, "questions": [{"id": …, "text": …}]}, or a list of them';

/** Each malformed forms file, and what the user is told after its path: the field, then what is wrong. */
const MALFORMED: Record<string, string> = {
  'not-json.json': ':1:36: invalid JSON: value expected',
  'empty.json': `: the file is empty; ${SHAPE}`,
  'top-level-string.json': `: expected an object, found text; ${SHAPE}`,
  'list-empty.json': `: the list holds no form; ${SHAPE}`,
  'name-missing.json': ': name: is missing; expected text',
  'name-blank.json': ': name: must not be blank',
  'questions-empty.json': ': questions: a form asks one question or more',
  'question-id-missing.json': ': questions[0].id: is missing; expected text',
  'question-id-breaks-comment.json': ': questions[0].id: a question id is letters, digits, "-" and "_" only',
  'question-id-duplicate.json': ': questions[1].id: duplicate id "impact"',
  'question-text-number.json': ': questions[0].text: expected text, found 42',
  'limit-zero.json': ': questions[2].limit: expected a whole number of characters, 1 or more',
  'limit-fraction.json': ': questions[0].limit: expected a whole number of characters, 1 or more',
  'limit-text.json': ': questions[0].limit: expected a whole number of characters, 1 or more',
  'competency-unknown.json': `: questions[0].competencies[1]: must be one of ${COMPETENCY_IDS.map((id) => `"${id}"`).join(', ')}`,
  'kind-not-an-id.json':
    ': questions[0].kinds[0]: a kind id is lower-case letters, digits and dashes, starting with a letter',
  'field-misspelt.json': ': questions[0]: unknown fields: competences',
  'list-name-duplicate.json': ': [1].name: another form in this file is named "mid-year"',
  'list-item-broken.json': ': [1].questions[0].text: is missing; expected text',
};

describe('self-review draft: review forms from a file', () => {
  const temp = useTempDir();

  it('has a fixture for every case below, and a case for every fixture', () => {
    assert.deepEqual(readdirSync(path.join(FORMS, 'malformed')).sort(), Object.keys(MALFORMED).sort());
  });

  for (const [name, expected] of Object.entries(MALFORMED)) {
    it(`names the file and the field for ${name}`, async () => {
      const file = path.join(FORMS, 'malformed', name);
      await assert.rejects(loadForms(file), (error: unknown) => {
        assert.ok(error instanceof FormFileError, String(error));
        assert.equal(error.message, `${file}${expected}`);
        assert.equal(error.filePath, file);
        return true;
      });
    });
  }

  it('reads one form, trimmed, with what it leaves out left out', async () => {
    const forms = await loadForms(path.join(FORMS, 'valid', 'mid-year.json'));
    assert.equal(forms.length, 1);
    assert.equal(forms[0]?.name, 'Mid-year review');
    assert.deepEqual(
      forms[0]?.questions.map((question) => [question.id, question.limit, question.kinds, question.competencies]),
      [
        ['technical', 1000, ['code-review', 'decision'], undefined],
        ['people', 1000, undefined, ['team-development', 'delegation']],
        ['anything-else', undefined, undefined, undefined],
      ],
    );
  });

  it('reads a list of forms, in the file’s order', async () => {
    const forms = await loadForms(path.join(FORMS, 'valid', 'two-forms.json'));
    assert.deepEqual(
      forms.map((form) => form.name),
      ['Mid-year review', 'Year-end review'],
    );
  });

  it('reads a file with a byte order mark, and trims the texts', () => {
    const [form] = parseForms('\uFEFF{"name": " Q3 ", "questions": [{"id": "a", "text": " Why? "}]}', 'forms.json');
    assert.equal(form?.name, 'Q3');
    assert.equal(form?.questions[0]?.text, 'Why?');
  });

  it('refuses a folder, and a device that would be read without end', async () => {
    await assert.rejects(loadForms(temp()), { message: `${temp()}: this path is a folder, not a file` });
    if (process.platform !== 'win32')
      await assert.rejects(loadForms('/dev/zero'), {
        message: '/dev/zero: this path is a device or a pipe, not a file',
      });
  });

  it('says when the file is missing, and refuses a file far larger than a forms file', async () => {
    const missing = path.join(temp(), 'nowhere.json');
    await assert.rejects(loadForms(missing), { message: `${missing}: the file does not exist` });
    const huge = path.join(temp(), 'huge.json');
    await fs.writeFile(huge, ' '.repeat(2 * 1024 * 1024));
    await assert.rejects(loadForms(huge), {
      message: `${huge}: the file is larger than 1024 KB, more than a file of this kind holds`,
    });
  });

  it('gives the built-in forms ids, question ids and limits a forms file could hold too', () => {
    assert.deepEqual(
      BUILT_IN_FORMS.map((form) => form.id),
      ['self-review', 'weekly-update'],
    );
    for (const form of BUILT_IN_FORMS) {
      const asFile = JSON.stringify({
        name: form.name,
        questions: form.questions.map((question) => ({ ...question })),
      });
      assert.deepEqual(parseForms(asFile, `${form.id}.json`)[0]?.questions.length, form.questions.length);
    }
  });
});
