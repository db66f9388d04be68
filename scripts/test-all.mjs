// Runs every test layer in turn — unit (plain Node, in-process, under a minute), system
// (plain Node with real processes, file systems and long property runs), integration
// (inside a real VS Code extension host) and end-to-end (a real VS Code driven in a
// browser) — and ends with one line counting them all: "N passed, N failed". Exits
// non-zero if any layer failed or ran no test at all, so a layer that silently did
// nothing cannot pass.
//
// Expects the bundles and compiled tests to exist (npm test builds them first).
import { spawn } from 'node:child_process';

const layers = [
  { name: 'unit', command: ['npx', 'mocha', '--config', '.mocharc.unit.json'] },
  { name: 'system', command: ['npx', 'mocha', '--config', '.mocharc.system.json'] },
  { name: 'integration', command: ['node', 'out/test/integration/runInCodeServer.js'] },
  { name: 'e2e', command: ['npx', 'mocha', '--config', '.mocharc.e2e.json'] },
];

const only = process.argv.slice(2);
const results = [];
for (const layer of layers.filter((l) => only.length === 0 || only.includes(l.name))) {
  console.log(`\n=== ${layer.name} ===`);
  const { code, output } = await run(layer.command);
  const passed = count(output, /^\s*(\d+) passing/m);
  const failed = count(output, /^\s*(\d+) failing/m);
  const ok = code === 0 && passed > 0 && failed === 0;
  results.push({ ...layer, passed, failed, ok, code });
}

console.log('\n=== summary ===');
for (const r of results) {
  const note = r.ok ? '' : r.passed === 0 && r.failed === 0 ? ' (ran no test)' : ` (exit code ${r.code})`;
  console.log(`${r.name.padEnd(12)} ${r.passed} passed, ${r.failed} failed${note}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
// A layer that crashed or ran nothing counts as one failure, so the total never reads clean.
const failed = results.reduce((sum, r) => sum + (r.failed || (r.ok ? 0 : 1)), 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);

function count(output, pattern) {
  const match = pattern.exec(output);
  return match ? Number(match[1]) : 0;
}

function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const tee = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
