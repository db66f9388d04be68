import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { freePort } from '../../scripts/lib/codeServer';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { runGit } from '../../src/core/git/gitRepository';
import { eventually } from '../support/eventually';

/**
 * `npm start` as a newcomer runs it, after the packaging step: a few lines, then an
 * address that serves VS Code on a fresh sample project; Ctrl+C stops it and leaves no
 * folder of the run behind. Its temporary folders go to a folder of the test's own (TMPDIR),
 * so what is left there is exactly what the run left.
 */
describe('npm start', function () {
  this.timeout(180_000);
  let temporary: string;

  beforeEach(() => {
    temporary = mkdtempSync(path.join(tmpdir(), 'growth-log-start-test-'));
  });

  afterEach(() => rmSync(temporary, { recursive: true, force: true }));

  it('prints what is starting and the address, serves the sample project, and removes its folders on Ctrl+C', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'out', 'scripts', 'start.js')], {
      cwd: REPO_ROOT,
      env: { ...process.env, TMPDIR: temporary, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const exited = once(child, 'exit');
    try {
      const address = await eventually(() => {
        const match = /^Open (http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)$/m.exec(stdout);
        assert.ok(match, `no address yet:\n${stdout}${stderr}`);
        return match[1] as string;
      }, 120_000);
      const lines = stdout.trimEnd().split('\n');
      assert.match(lines[0] ?? '', /^Starting VS Code with Growth Log on a fresh sample project, billing-service…$/);
      assert.ok(lines.length <= 3, `a few lines:\n${stdout}`);

      const folder = decodeURIComponent(new URL(address).searchParams.get('folder') ?? '');
      assert.equal(path.basename(folder), 'billing-service');
      assert.ok(folder.startsWith(temporary), `a fresh project in the run's temporary folder: ${folder}`);
      assert.match(await runGit(folder, ['log', '--merges', '--format=%s']), /Merge pull request #42/);
      assert.equal((await fetch(address)).status, 200, 'VS Code is served at the address');
      assert.ok(
        readdirSync(temporary).some((name) => name.startsWith('growth-log-')),
        'the run made its folders there',
      );
    } finally {
      child.kill('SIGINT');
      await exited;
    }
    assert.equal(child.exitCode, 0, stderr);
    assert.deepEqual(
      readdirSync(temporary).filter((name) => name.startsWith('growth-log-')),
      [],
      'the sample project and the server profile are removed',
    );
  });
});
