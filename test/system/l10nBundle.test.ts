import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { useTempDir } from '../support/tempDir';

/**
 * The shipped string bundle is what `npm run l10n` exports from the source today, so a
 * translator works from every string the code translates and from no string it dropped.
 * Runs the exporter itself, which reads the whole of `src`: seconds, hence this layer.
 */
describe('the shipped string bundle', function () {
  this.timeout(120_000);
  const temp = useTempDir();

  it('holds every string the code translates (npm run l10n)', () => {
    execFileSync(
      process.execPath,
      [require.resolve('@vscode/l10n-dev/dist/cli.js'), 'export', '--outDir', temp(), path.join(REPO_ROOT, 'src')],
      {
        stdio: 'pipe',
      },
    );
    const current = JSON.parse(readFileSync(path.join(temp(), 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    const shipped = JSON.parse(readFileSync(path.join(REPO_ROOT, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<
      string,
      string
    >;
    assert.deepEqual(shipped, current, 'l10n/bundle.l10n.json is out of date: run npm run l10n');
    assert.ok(Object.keys(current).length > 80);
  });
});
