import * as assert from 'node:assert/strict';
import { buildSidebarSnapshot } from '../../src/extension/sidebar/sidebarSnapshot';
import { hostToWebviewSchema, webviewToHostSchema } from '../../src/protocol';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';

describe('sidebar snapshot and protocol', () => {
  withTimeZone('UTC');
  const source = { scope: 'workspace' as const, folderName: 'repo', filePath: 'repo › .vscode/growth-log.json' };

  it('holds the current week, newest first, and the size of the whole log', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    const log = {
      version: 1 as const,
      moments: [
        momentAt('2026-11-16T09:00:00Z', { summary: 'older', people: ['Sam'], tags: ['ci'], starred: true }),
        momentAt('2026-11-19T09:00:00Z', { kind: 'code-review', summary: 'newer' }),
        momentAt('2026-11-01T09:00:00Z', { summary: 'another week' }),
      ],
    };
    const snapshot = buildSidebarSnapshot({ source, log, now, weekStartsOn: 'monday' });
    assert.equal(snapshot.totalMoments, 3);
    assert.equal(snapshot.week.total, 2);
    assert.deepEqual(snapshot.week.moments.map((m) => m.summary), ['newer', 'older']);
    assert.deepEqual(snapshot.week.moments[1], {
      id: log.moments[0]!.id,
      kind: 'mentoring',
      kindLabel: 'Mentoring',
      icon: 'mortar-board',
      summary: 'older',
      at: log.moments[0]!.at,
      people: ['Sam'],
      tags: ['ci'],
      starred: true,
      impact: undefined,
    });
    assert.ok(hostToWebviewSchema.safeParse({ type: 'snapshot', snapshot }).success, 'the snapshot is a valid message');
  });

  it('carries the problem instead of moments when the log cannot be read', () => {
    const snapshot = buildSidebarSnapshot({ source, problem: 'x.json:1:2: invalid JSON', now: new Date(), weekStartsOn: 'sunday' });
    assert.equal(snapshot.problem, 'x.json:1:2: invalid JSON');
    assert.equal(snapshot.totalMoments, 0);
  });

  it('accepts only well-formed messages from the webview', () => {
    assert.ok(webviewToHostSchema.safeParse({ type: 'ready' }).success);
    assert.ok(webviewToHostSchema.safeParse({ type: 'log', kind: 'mentoring' }).success);
    assert.ok(webviewToHostSchema.safeParse({ type: 'log' }).success);
    for (const bad of [null, 'ready', {}, { type: 'delete-everything' }, { type: 'log', kind: '<script>' }, { type: 'log', kind: 42 }]) {
      assert.equal(webviewToHostSchema.safeParse(bad).success, false, JSON.stringify(bad));
    }
  });
});
