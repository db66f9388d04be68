import * as assert from 'node:assert/strict';
import { renderBragDocument } from '../../src/core/documents/bragDocument';
import { type CommitRecord, suggestMoments } from '../../src/core/git/gitSuggestions';
import { resolvePeriod } from '../../src/core/insights/period';
import { progressAgainstTargets, resolveTargets } from '../../src/core/insights/targets';
import { weeklyTrend } from '../../src/core/insights/weeklyHistory';
import { quickLogExample } from '../../src/core/model/quickLogPreview';
import { startOfWeek } from '../../src/core/time/calendar';
import { hostToWebviewSchema } from '../../src/protocol';
import { buildSidebarSnapshot } from '../../src/viewModel/sidebarSnapshot';
import { momentAt } from '../support/moments';
import { snapshotInputOf } from '../support/snapshotInput';
import { withTimeZone } from '../support/timeZone';

/**
 * A kind id is any word a log, an imported log or a setting gives: `constructor` passes
 * the kind id pattern, and the others reach the core from code that reads no schema.
 * Looked up in a plain object, each finds what every object inherits ("function Object()")
 * instead of nothing.
 */
const INHERITED_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('kinds named like what every object inherits', () => {
  withTimeZone('UTC');
  const moments = INHERITED_NAMES.map((kind) => momentAt('2026-11-19T09:00:00Z', { kind, summary: `A ${kind}` }));

  it('are counted in the trend like any other kind', () => {
    const input = snapshotInputOf(moments);
    const trend = weeklyTrend(input.timeline, startOfWeek(input.now, 'monday'), 1);
    assert.deepEqual(
      [...(trend[0]?.byKind ?? [])],
      INHERITED_NAMES.map((kind) => [kind, 1]),
    );
  });

  it('have no target unless one is set, and then the one set', () => {
    const counts = new Map(INHERITED_NAMES.map((kind) => [kind, 1]));
    const rows = progressAgainstTargets(counts, resolveTargets('management'));
    for (const kind of INHERITED_NAMES) {
      assert.deepEqual(
        rows.find((row) => row.kind === kind),
        { kind, count: 1, target: 0 },
      );
    }
    // As a setting's JSON gives them: own entries, `__proto__` included.
    const set = resolveTargets('management', JSON.parse('{"constructor": 2, "__proto__": 3}'));
    const withTargets = progressAgainstTargets(counts, set);
    assert.equal(withTargets.find((row) => row.kind === 'constructor')?.target, 2);
    assert.equal(withTargets.find((row) => row.kind === '__proto__')?.target, 3);
  });

  it('make a sidebar snapshot its own protocol accepts, with each kind counted once', () => {
    const log = moments.filter((moment) => moment.kind === 'constructor');
    const snapshot = buildSidebarSnapshot(snapshotInputOf(log));
    assert.ok(hostToWebviewSchema.safeParse({ type: 'snapshot', snapshot }).success, 'the snapshot is a valid message');
    assert.deepEqual(snapshot.trend.series, [{ label: 'constructor' }]);
    assert.deepEqual(snapshot.trend.weeks.at(-1)?.counts, [1]);
    assert.deepEqual(
      snapshot.week.targets.find((row) => row.kind === 'constructor'),
      { kind: 'constructor', label: 'constructor', icon: 'circle-outline', count: 1, target: 0 },
    );

    const all = buildSidebarSnapshot(snapshotInputOf(moments));
    assert.deepEqual(
      all.trend.weeks.at(-1)?.counts.reduce((sum, count) => sum + count, 0),
      moments.length,
    );
    assert.ok(!JSON.stringify(all).includes('function'), 'nothing inherited is shown');
  });

  it('are listed in the brag document once each, as other work, and never named as a category', () => {
    const input = snapshotInputOf(moments);
    const markdown = renderBragDocument(
      input.timeline,
      resolvePeriod('this-year', input.now, 'monday', input.language),
      { weekStartsOn: 'monday', track: 'management', includePrivateSections: false, kinds: input.kinds },
    );
    assert.ok(!markdown.includes('function'), 'nothing inherited is written');
    const otherWork = markdown.split('## Other work\n')[1] ?? '';
    for (const kind of INHERITED_NAMES) {
      const summary = `A ${kind.replace(/_/g, '\\_')}`;
      assert.equal(markdown.split(summary).length - 1, 1, summary);
      assert.ok(otherWork.includes(`- ${summary} (Nov 19)`), summary);
      assert.doesNotMatch(markdown, new RegExp(`^#.*${kind}`, 'm'), 'no heading names the kind');
    }
  });

  it('get the example line of a kind of your own when logged', () => {
    const generic = quickLogExample('my-own-kind');
    for (const kind of INHERITED_NAMES) assert.equal(quickLogExample(kind), generic);
  });

  it('rank as any kind of your own when a trailer is mapped to them', () => {
    const me = { name: 'Robin Lead', email: 'robin@example.com' };
    const commit: CommitRecord = {
      sha: 'a'.repeat(40),
      author: { name: 'Sam Lee', email: 'sam@example.com' },
      date: '2026-11-19T09:00:00Z',
      parents: ['b'.repeat(40)],
      subject: 'Fix retries',
      trailers: [
        { key: 'Reviewed-by', value: 'Robin Lead <robin@example.com>' },
        { key: 'Helped-by', value: 'Robin Lead <robin@example.com>' },
      ],
      files: [],
    };
    const trailerKinds = new Map([
      ['reviewed-by', 'code-review'],
      ['helped-by', 'constructor'],
    ]);
    const [suggestion] = suggestMoments([commit], me, new Set(), snapshotInputOf([]).language, { trailerKinds });
    assert.equal(suggestion?.kind, 'constructor', 'a kind of your own outranks a review, as any other does');
  });
});
