import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PERFORMANCE_OUT_VARIABLE, type PerformanceFigure } from './lib/performanceRecord';

/**
 * The figures only a real VS Code can give: start-up cost and heap in the extension host
 * (code-server, the large-log integration test), and the sidebar's first render in the
 * browser (the first end-to-end test). Those tests measure on the way and hand the
 * figures over in a file; this runs them and collects the medians.
 */

// Start-up in a shared extension host varies from run to run; the median of five is steady enough to judge.
const EXTENSION_HOST_RUNS = 5;

export function measureInVsCode(): PerformanceFigure[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'growth-log-bench-vscode-'));
  const out = path.join(folder, 'figures.jsonl');
  try {
    for (let run = 0; run < EXTENSION_HOST_RUNS; run++) {
      runTests(['node', 'out/test/integration/runInCodeServer.js'], {
        GROWTH_LOG_TEST_GREP: 'moments in VS Code',
        [PERFORMANCE_OUT_VARIABLE]: out,
      });
    }
    runTests(['npx', 'mocha', '--config', '.mocharc.e2e.json', '--grep', 'greets a new user'], {
      [PERFORMANCE_OUT_VARIABLE]: out,
    });
    const figures = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as PerformanceFigure);
    return medianByName(figures);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function runTests([command, ...args]: string[], env: Record<string, string>): void {
  const result = spawnSync(command!, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${[command, ...args].join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

function medianByName(figures: readonly PerformanceFigure[]): PerformanceFigure[] {
  const byName = new Map<string, PerformanceFigure[]>();
  for (const figure of figures) byName.set(figure.name, [...(byName.get(figure.name) ?? []), figure]);
  return [...byName.values()].map((samples) => {
    const sorted = samples.map((figure) => figure.value).sort((a, b) => a - b);
    return { ...samples[0]!, value: sorted[Math.floor(sorted.length / 2)]! };
  });
}
