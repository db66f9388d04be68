import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { copySampleWorkspace } from '../support/codeServer';

/**
 * The same integration suite in desktop VS Code, for machines that can download it (a
 * contributor's laptop, a public CI). Here, where VS Code cannot be downloaded, the suite
 * runs in code-server instead: see runInCodeServer.ts.
 */
async function main(): Promise<void> {
  const extensionDevelopmentPath = path.resolve(__dirname, '..', '..', '..');
  const extensionTestsPath = path.resolve(__dirname, 'index.js');
  await runTests({
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs: [copySampleWorkspace(), '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
