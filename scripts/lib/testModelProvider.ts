import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './repoRoot';

/**
 * The test-only chat model provider (test/fixtures/language-model-provider), packaged as a
 * VSIX to install beside Growth Log: the language-model tests and screenshots talk to a
 * real model provider in a real VS Code, offline. Never shipped; packaged afresh per run
 * (a few seconds) so it always matches its source.
 */
export const TEST_MODEL_PROVIDER_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'language-model-provider');

/** The extension id the provider installs under. */
export const TEST_MODEL_PROVIDER_ID = 'growth-log-tests.scripted-language-model';

export function packageTestModelProvider(): string {
  const vsix = path.join(mkdtempSync(path.join(tmpdir(), 'growth-log-test-model-')), 'scripted-language-model.vsix');
  execFileSync(
    path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix],
    { cwd: TEST_MODEL_PROVIDER_DIR, stdio: 'pipe' },
  );
  return vsix;
}
