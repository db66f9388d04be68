import * as assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { renderBragDocument } from '../../src/core/documents/bragDocument';
import { relativeDayLabel } from '../../src/core/time/calendar';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';
import { findCompetencyGaps } from '../../src/core/insights/competencyGaps';
import { parseCustomKinds } from '../../src/core/model/customKinds';
import { LockTimeoutError } from '../../src/core/storage/fileLock';
import { suggestMoments, type CommitRecord } from '../../src/core/git/gitSuggestions';
import { decodeLogFile } from '../../src/core/model/logFileCodec';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { LogFileError } from '../../src/core/model/logFileError';
import { LogStore } from '../../src/core/storage/logStore';
import { customPeriod, PERIOD_PRESETS, resolvePeriod } from '../../src/core/insights/period';
import { parseQuickLog, quickLogHint } from '../../src/core/model/quickLog';
import type { Moment } from '../../src/core/model/schema';
import { BUILT_IN_KINDS, COMPETENCIES, TRACKS } from '../../src/core/model/taxonomy';
import { Timeline } from '../../src/core/insights/timeline';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { momentAt } from '../support/moments';
import { pseudoTranslate } from '../support/pseudoLocale';
import { useTempDir } from '../support/tempDir';

/**
 * The core's texts reach the user in their language. A pseudo-translation of every string
 * in l10n/bundle.l10n.json (each wrapped in «…») is loaded after the core's modules, as VS
 * Code loads the extension's bundle after evaluating it; then everything the core words is
 * rendered, and no English text of the bundle may be left outside «…». This fails on a text
 * translated once at load (it stays English) or one that skips l10n.t; the scan in
 * localisation.test.ts fails on one missing from the bundle.
 */

const MALFORMED = path.join(REPO_ROOT, 'test', 'fixtures', 'malformed');
const english = JSON.parse(readFileSync(path.join(REPO_ROOT, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<
  string,
  string
>;

/** The bundle's texts split at their placeholders: the words a translator replaces. */
const englishWords = [
  ...new Set(
    Object.keys(english)
      .flatMap((message) => message.split(/\{\d+\}/))
      .map((fragment) => fragment.trim())
      .filter((fragment) => /[A-Za-z]{3,}/.test(fragment)),
  ),
];

/** What is left once every «…» (they nest: a translated text inside another) is taken out. */
function outsideTranslations(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/«[^«»]*»/g, '');
  }
  return rest;
}

function assertTranslated(texts: readonly string[]): void {
  assert.ok(texts.length > 0);
  for (const text of texts) {
    assert.ok(text.includes('«'), `not translated: ${text}`);
    const rest = outsideTranslations(text);
    const left = englishWords.filter((words) => rest.includes(words));
    assert.deepEqual(left, [], `English left in: ${text}`);
  }
}

// User text with no English in it, so whatever English is left came from us.
const now = new Date(2026, 10, 20, 15, 0);
// Texts are translated; dates stay as an English reader writes them.
const inEnglish = new DisplayLanguage('en');
const builtInKinds = new KindCatalogue();
function userMoment(at: Date, overrides: Partial<Moment>): Moment {
  return momentAt(at, { summary: 'Ωμέγα', people: ['Αλέκα'], impact: 'Ζήτα', ...overrides });
}

describe('the core in another language', function () {
  this.timeout(30_000);
  const temp = useTempDir();

  before(() => {
    l10n.config({ contents: pseudoTranslate(english) });
  });
  after(() => {
    l10n.config({ contents: {} });
  });

  it('names kinds, competencies, tracks and periods', () => {
    assertTranslated(BUILT_IN_KINDS.flatMap((kind) => [kind.label, kind.description]));
    assertTranslated(COMPETENCIES.map((competency) => competency.label));
    assertTranslated(TRACKS.flatMap((track) => [track.label, track.description, ...track.ladder]));
    assertTranslated(PERIOD_PRESETS.map((preset) => preset.label));
    assertTranslated(
      ['last-week', 'this-quarter', 'last-6-months'].map(
        (id) => resolvePeriod(id as 'last-week', now, 'monday', inEnglish).label,
      ),
    );
    assertTranslated([customPeriod(new Date(2026, 0, 1), new Date(2026, 5, 30)).label]);
    assertTranslated([relativeDayLabel(now, now, inEnglish), relativeDayLabel(new Date(2026, 10, 19), now, inEnglish)]);
  });

  it('writes the brag document, its private sections too', () => {
    const moments = [
      ...BUILT_IN_KINDS.map((kind, index) =>
        userMoment(new Date(2026, 9, 5 + index), { kind: kind.id, starred: index === 0, energy: 'energised' }),
      ),
      userMoment(new Date(2026, 9, 20), { code: { path: 'σ.ts', startLine: 1, endLine: 2, commit: '0123456' } }),
      userMoment(new Date(2026, 9, 21), { commit: 'abcdef0' }),
      userMoment(new Date(2026, 9, 22), { kind: 'unknown-kind', people: [] }),
    ];
    const period = resolvePeriod('this-quarter', now, 'monday', inEnglish);
    const document = renderBragDocument(Timeline.build(moments), period, {
      weekStartsOn: 'monday',
      track: 'management',
      includePrivateSections: true,
      kinds: builtInKinds,
    });
    // Headings, table headers and details are whole lines; user text, Markdown and a moment's
    // day ("(Oct 5)", in the display language: English here, with the line's hard break) are left.
    const lines = document
      .split('\n')
      .filter((line) =>
        /[A-Za-z]{3,}/.test(line.replace(/unknown-kind/g, '').replace(/ \([A-Z][a-z]{2} \d{1,2}\)\\?$/, '')),
      );
    assertTranslated(lines);
    assertTranslated([
      renderBragDocument(Timeline.build([]), period, {
        weekStartsOn: 'monday',
        track: 'staff-ic',
        includePrivateSections: true,
        kinds: builtInKinds,
      }),
    ]);
  });

  it('suggests what to try next, for both tracks', () => {
    for (const track of ['management', 'staff-ic'] as const) {
      assertTranslated(
        findCompetencyGaps(Timeline.build([]), now, 'monday', track, builtInKinds).map((gap) => gap.suggestion),
      );
    }
  });

  it('words suggestions from git', () => {
    const me = { name: 'Εγώ', email: 'me@example.com' };
    const other = { name: 'Σάμ', email: 'sam@example.com' };
    const commit = (sha: string, overrides: Partial<CommitRecord>): CommitRecord => ({
      sha,
      author: me,
      date: now.toISOString(),
      parents: ['p'],
      subject: 'Θέμα',
      trailers: [],
      files: [],
      ...overrides,
    });
    const suggestions = suggestMoments(
      [
        commit('a1', { trailers: [{ key: 'Co-authored-by', value: 'Σάμ <sam@example.com>' }] }),
        commit('a2', { parents: ['p', 'q'], mergedAuthor: other }),
        commit('a3', { files: ['docs/adr/1.md'] }),
        commit('a4', { files: ['docs/rfc.md'] }),
        commit('a5', { author: other, trailers: [{ key: 'Reviewed-by', value: 'Εγώ <me@example.com>' }] }),
      ],
      me,
      new Set(),
      inEnglish,
    );
    assert.equal(suggestions.length, 5);
    assertTranslated(suggestions.flatMap((suggestion) => [suggestion.summary, suggestion.reason]));
  });

  it('explains what is wrong with a log file, a setting or a quick-log line', async () => {
    const problems = readdirSync(MALFORMED).map((name) => {
      try {
        decodeLogFile(readFileSync(path.join(MALFORMED, name), 'utf8'), 'growth-log.json');
      } catch (error) {
        if (error instanceof LogFileError) return error.message;
      }
      return assert.fail(`${name} was not refused`);
    });
    assertTranslated(problems.map((message) => message.replace(/^growth-log\.json(:\d+:\d+)?: /, '')));

    const folder = path.join(temp(), 'folder.json');
    mkdirSync(folder);
    await assert.rejects(new LogStore().read(folder), (error: Error) => {
      assertTranslated([error.message.slice(folder.length)]);
      return true;
    });
    const holder = { pid: 4242, host: 'build-7', since: now.getTime() };
    assertTranslated(
      [undefined, { ...holder, running: true }, { ...holder, running: false }, { ...holder, running: undefined }].map(
        (lockHolder) => new LockTimeoutError('growth-log.json.lock', lockHolder).message,
      ),
    );

    // Each problem starts with where in the settings: growthLog.kinds[3].label.
    const withoutWhere = (problems: readonly string[]) =>
      problems.map((problem) => problem.replace(/^growthLog\.kinds[\w.[\]]*: /, ''));
    assertTranslated(parseCustomKinds('not a list').problems);
    assertTranslated(
      withoutWhere(
        parseCustomKinds([
          { id: 'Hiring', label: 'x' },
          { id: 'hiring', label: ' ' },
          { id: 'hiring', label: 'x'.repeat(41) },
          { id: 'hiring', label: 'x', icon: '$(x)' },
          { id: 'hiring', label: 'x', competencies: ['nope'] },
          { id: 'mentoring', label: 'x' },
          { id: 'hiring', label: 'x' },
          { id: 'hiring', label: 'x' },
          { label: 'x' },
        ]).problems,
      ),
    );

    const empty = parseQuickLog('#only-a-tag');
    assert.ok(!empty.ok);
    assertTranslated([empty.error, quickLogHint()]);
  });
});

describe('dates and lists in the display language', () => {
  it('writes days, months and lists as the language does', () => {
    const german = new DisplayLanguage('de');
    assert.equal(relativeDayLabel(new Date(2026, 10, 16), now, german), 'Montag');
    assert.equal(relativeDayLabel(new Date(2026, 9, 2), now, german), '2. Okt.');
    assert.equal(resolvePeriod('last-month', now, 'monday', german).label, 'Oktober 2026');
    assert.equal(german.formatList(['Sam', 'Priya', 'Lee']), 'Sam, Priya und Lee');
  });

  it('falls back to English for a language it cannot write, or a tag that is not one', () => {
    for (const tag of ['qps-ploc', 'not a tag', '']) {
      const language = new DisplayLanguage(tag);
      assert.equal(language.tag, 'en', tag);
      assert.equal(relativeDayLabel(new Date(2026, 10, 16), now, language), 'Monday');
    }
  });

  it('keeps each language to itself', () => {
    const german = new DisplayLanguage('de');
    assert.equal(german.dateFormat({ weekday: 'long' }).format(new Date(2026, 10, 16)), 'Montag');
    assert.equal(inEnglish.dateFormat({ weekday: 'long' }).format(new Date(2026, 10, 16)), 'Monday');
    assert.equal(german.formatList(['Sam', 'Lee']), 'Sam und Lee');
  });
});
