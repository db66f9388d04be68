import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { TEST_MODEL_PROVIDER_DIR } from '../../scripts/lib/testModelProvider';
import { copySampleWorkspace, LOG_LOCATION_CHOSEN } from '../../scripts/lib/codeServer';

/**
 * The same integration suite in desktop VS Code, for machines that can download it (a
 * contributor's laptop, a public CI). Here, where VS Code cannot be downloaded, the suite
 * runs in code-server instead: see runInCodeServer.ts.
 */
async function main(): Promise<void> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'growth-log-electron-'));
  mkdirSync(path.join(userDataDir, 'User'));
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(LOG_LOCATION_CHOSEN));
  await runTests({
    // Beside Growth Log, the test-only chat model provider the language-model tests talk to.
    extensionDevelopmentPath: [REPO_ROOT, TEST_MODEL_PROVIDER_DIR],
    extensionTestsPath: path.join(__dirname, 'index.js'),
    launchArgs: [
      copySampleWorkspace(),
      '--disable-extensions',
      '--disable-workspace-trust',
      '--user-data-dir',
      userDataDir,
    ],
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
