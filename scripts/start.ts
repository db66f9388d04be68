/**
 * Opens Growth Log in a real VS Code: code-server on 127.0.0.1 with the freshly packaged
 * .vsix installed, on a copy of the sample workspace (kept between runs, so what you log
 * there stays). Prints the address to open in a browser; Ctrl+C stops it.
 *
 * With desktop VS Code instead: `code --install-extension growth-log.vsix`.
 */
import { cpSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { startCodeServer } from './lib/codeServer';
import { REPO_ROOT } from './lib/repoRoot';

async function main(): Promise<void> {
  const workspace = path.join(
    process.env.GROWTH_LOG_CACHE ?? path.join(homedir(), '.cache', 'growth-log'),
    'sample-workspace',
  );
  if (!existsSync(workspace)) {
    cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'sample-workspace'), workspace, { recursive: true });
  }
  const port = Number(process.env.PORT ?? 8080);
  const server = await startCodeServer({ installVsix: [path.join(REPO_ROOT, 'growth-log.vsix')], port });
  console.log(
    `\nGrowth Log is running in VS Code at:\n\n  ${server.origin}/?folder=${encodeURIComponent(workspace)}\n`,
  );
  console.log(`Sample workspace: ${workspace}\nPress Ctrl+C to stop.`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
