/**
 * Opens Growth Log in a real VS Code: code-server on 127.0.0.1 with the freshly packaged
 * .vsix installed, on the sample project (a git repository with a short history, see
 * lib/sampleProject.ts). Prints the address to open in a browser; Ctrl+C stops it.
 *
 * Each run starts from a fresh sample project in a temporary folder, removed on exit with
 * the server's own folders. `npm start -- --keep` opens a project kept between runs
 * instead, so what you log there stays.
 *
 * With desktop VS Code instead: `code --install-extension growth-log.vsix`.
 */
import { rmSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { startCodeServer } from './lib/codeServer';
import { REPO_ROOT } from './lib/repoRoot';
import { freshSampleWorkspace, keptSampleWorkspace, SAMPLE_PROJECT_NAME } from './lib/sampleProject';

async function main(): Promise<void> {
  const keep = process.argv.slice(2).includes('--keep');
  const keptParent = path.join(process.env.GROWTH_LOG_CACHE ?? path.join(homedir(), '.cache', 'growth-log'), 'kept');
  console.log(
    `Starting VS Code with Growth Log on ${keep ? 'the kept' : 'a fresh'} sample project, ${SAMPLE_PROJECT_NAME}…`,
  );
  const workspace = keep ? await keptSampleWorkspace(keptParent) : await freshSampleWorkspace();
  const port = Number(process.env.PORT ?? 8080);
  const server = await startCodeServer({ installVsix: [path.join(REPO_ROOT, 'growth-log.vsix')], port }).catch(
    (error: unknown) => {
      workspace.dispose();
      throw error;
    },
  );
  console.log(`Open ${server.origin}/?folder=${encodeURIComponent(workspace.folder)}`);
  console.log(keep ? `Kept in ${workspace.folder}. Ctrl+C stops.` : 'Ctrl+C stops and removes the sample project.');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.stop().then(() => {
      rmSync(server.runDir, { recursive: true, force: true });
      workspace.dispose();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
