import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { cli } from '../support/cli';
import { useTempDir } from '../support/tempDir';

/**
 * Nothing leaves the machine: no module of the extension, the CLI or the webview reaches
 * for the network, in the source or in the shipped bundles, and the CLI run with every
 * network entry point booby-trapped still does all its work.
 */

const NETWORK_MODULES =
  /\bfrom ['"](node:)?(http|https|http2|net|tls|dgram|dns|undici|ws)['"]|require\(['"](node:)?(http|https|http2|net|tls|dgram|dns|undici|ws)['"]\)/;
const NETWORK_GLOBALS = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|navigator\.sendBeacon)\s*\(/;
const ALLOWED_BUNDLE_REQUIRES = new Set([
  'node:child_process',
  'node:crypto',
  'node:fs',
  'node:os',
  'node:path',
  'node:util',
  'vscode',
]);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('no network', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();

  it('no source module imports a network module or calls a network API', () => {
    const files = sourceFiles(path.join(REPO_ROOT, 'src'));
    assert.ok(files.length > 20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, NETWORK_MODULES, path.relative(REPO_ROOT, file));
      assert.doesNotMatch(text, NETWORK_GLOBALS, path.relative(REPO_ROOT, file));
    }
  });

  it('the shipped bundles require only local modules and call no network API', () => {
    for (const bundle of ['extension.js', 'cli.js', 'webview.js']) {
      const text = readFileSync(path.join(REPO_ROOT, 'dist', bundle), 'utf8');
      const required = [...text.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]);
      for (const name of required) assert.ok(ALLOWED_BUNDLE_REQUIRES.has(name ?? ''), `${bundle} requires ${name}`);
      assert.doesNotMatch(text, NETWORK_GLOBALS, bundle);
    }
  });

  it('the CLI does all its work with every network entry point booby-trapped', async () => {
    const file = path.join(tempDir(), 'log.json');
    const preload = path.join(REPO_ROOT, 'test', 'support', 'forbidNetwork.js');
    for (const args of [
      ['add', 'mentoring', 'Paired with @Sam', '--file', file],
      ['summary', '--file', file],
      ['export', '--file', file, '--private'],
    ]) {
      const { code, stderr } = await cli(args, { nodeArguments: ['--require', preload] });
      assert.equal(code, 0, stderr);
      assert.doesNotMatch(stderr, /NETWORK-USED/);
    }
  });
});
