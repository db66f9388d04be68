import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { copySampleWorkspace, LOG_LOCATION_CHOSEN, startCodeServer } from '../../scripts/lib/codeServer';
import { launchBrowser } from '../../scripts/lib/browser';
import { packageTestModelProvider } from '../../scripts/lib/testModelProvider';

/**
 * Runs the integration suite inside a real VS Code extension host, here: code-server
 * serves the workbench, headless Chromium opens it with a `payload` that loads this
 * repository as a development extension and `out/test/integration/index.js` as its
 * tests, and the workbench reports the result back through `codeAutomationExit`.
 */

const SUITE_TIMEOUT_MS = 10 * 60_000;
/** The first line test/integration/index.ts prints. */
const SUITE_BANNER = 'Running the integration suite';

async function main(): Promise<number> {
  const workspace = copySampleWorkspace();
  const server = await startCodeServer({
    enableTestPayload: true,
    settings: LOG_LOCATION_CHOSEN,
    // A chat model provider for the language-model tests, never shipped: installed beside Growth Log, as a user's would be.
    installVsix: [packageTestModelProvider()],
  });
  const browser = await launchBrowser();
  const workbenchLog: string[] = [];
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    let finish: (code: number) => void = () => {};
    const exitCode = new Promise<number>((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    // Everything the workbench logs goes to a file; from the suite's first line on, the
    // extension host's output (mocha's report) is echoed, less the workbench's own noise.
    let suiteStarted = false;
    await page.exposeFunction('codeAutomationLog', (level: string, args: unknown[]) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      workbenchLog.push(`[${level}] ${line}`);
      suiteStarted ||= line.startsWith(SUITE_BANNER);
      if (suiteStarted && !isWorkbenchNoise(line)) process.stdout.write(`${line}\n`);
    });

    const authority = new URL(server.origin).host;
    const remote = (file: string) => `vscode-remote://${authority}${file}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(REPO_ROOT)],
      ['extensionTestsPath', remote(path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'))],
    ]);
    const url = `${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;
    console.log(`integration: code-server on ${workspace}`);
    await page.goto(url);

    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), SUITE_TIMEOUT_MS).unref());
    const code = await Promise.race([exitCode, timeout]);
    if (code === -1) console.error(`integration: the suite did not finish within ${SUITE_TIMEOUT_MS / 60_000} minutes`);
    return code;
  } finally {
    const logPath = path.join(server.runDir, 'workbench.log');
    writeFileSync(logPath, workbenchLog.join('\n'));
    console.log(`integration: workbench log at ${logPath}`);
    await browser.close();
    await server.stop();
  }
}

function isWorkbenchNoise(line: string): boolean {
  return /open-vsx|workbench\.js|^\[[A-Za-z ]+(:[a-z]+)?\]/.test(line);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
