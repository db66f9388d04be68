// `npm start`: packages the extension and compiles the scripts, showing their output only
// if one fails, then runs out/scripts/start.js (code-server on the sample project) with
// the arguments given (`npm start -- --keep`). So a newcomer sees a few lines: what is
// starting, then the address to open.
import { spawn, spawnSync } from 'node:child_process';

console.log('Packaging Growth Log…');
for (const script of ['package', 'compile-tests']) {
  const step = spawnSync('npm', ['run', '--silent', script], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (step.status !== 0) {
    process.stdout.write(step.stdout ?? '');
    process.stderr.write(step.stderr ?? '');
    console.error(`npm run ${script} failed (exit code ${step.status}).`);
    process.exit(step.status ?? 1);
  }
}

// Ctrl+C reaches the child too (same process group); it stops code-server, cleans up and exits.
const child = spawn(process.execPath, ['out/scripts/start.js', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
