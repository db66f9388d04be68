import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/**
 * The entry point VS Code's extension host loads to run the integration suite. The same
 * `run()` serves both launchers: @vscode/test-electron (desktop VS Code) and code-server
 * in a browser (the smoke-test driver's `extensionTestsPath`).
 */
export async function run(): Promise<void> {
  console.log(
    `Running the integration suite in VS Code ${vscode.version} (${vscode.env.appHost}, ${vscode.env.appName})`,
  );
  // GROWTH_LOG_TEST_GREP runs only the tests whose titles match (`npm run bench` uses it).
  const grep = process.env.GROWTH_LOG_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const file of readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
