import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { BUILT_IN_KINDS } from '../../src/core/model/taxonomy';

/**
 * One capitalisation for what names a command or a kind: Title Case, as VS Code's own
 * commands are written ("Log Code Review", "Open the Code of a Moment"). Every word starts
 * with a capital letter except the short function words inside a title.
 */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'for',
  'from',
  'with',
  'by',
  'at',
  'as',
]);

/** The words of `title` that break Title Case. */
function titleCaseProblems(title: string): string[] {
  const words = title.split(/[\s/]+/u).filter((word) => /\p{L}/u.test(word));
  return words.filter((word, index) => {
    const letters = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (index > 0 && SMALL_WORDS.has(letters)) return false;
    return letters[0] !== letters[0]?.toLocaleUpperCase();
  });
}

const nls = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;

describe('titles use one capitalisation', () => {
  it('finds what breaks Title Case, and lets function words stay small inside a title', () => {
    assert.deepEqual(titleCaseProblems('Log Code review'), ['review']);
    assert.deepEqual(titleCaseProblems('the Code of a Moment'), ['the']);
    assert.deepEqual(titleCaseProblems('Open the Code of a Moment'), []);
    assert.deepEqual(titleCaseProblems('Suggest Moments from Git History…'), []);
  });

  it('every command title in package.nls.json is in Title Case', () => {
    const titles = Object.entries(nls).filter(([key]) => /^command\.[^.]+\.title$/u.test(key));
    assert.ok(titles.length > 10, 'the command titles are found');
    for (const [key, title] of titles) assert.deepEqual(titleCaseProblems(title), [], `${key}: "${title}"`);
  });

  it('every built-in kind label is in Title Case, so "Log {kind}" titles are too', () => {
    for (const kind of BUILT_IN_KINDS) {
      assert.deepEqual(titleCaseProblems(kind.label), [], kind.id);
      assert.deepEqual(titleCaseProblems(`Log ${kind.label}`), [], kind.id);
    }
  });
});
