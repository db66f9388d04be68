import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';

/**
 * `npm install` on a fresh clone must leave `git status` clean. npm rewrites a lock file
 * that does not already say everything it would write: a dependency of package.json it
 * lacks, or one of the optional packages a dependency lists for each platform (Biome and
 * esbuild ship one per operating system and processor; only this machine's is installed,
 * but npm records them all). A lock written without them grew by a hundred lines at a
 * newcomer's first install.
 */

interface LockEntry {
  readonly version?: string;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

const read = (file: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, file), 'utf8'));

describe('package-lock.json', () => {
  const manifest = read('package.json') as LockEntry;
  const lock = read('package-lock.json') as { lockfileVersion: number; packages: Record<string, LockEntry> };

  it('is of the format this npm writes, for the dependencies package.json names', () => {
    assert.equal(lock.lockfileVersion, 3);
    const root = lock.packages[''];
    assert.deepEqual(root?.dependencies ?? {}, manifest.dependencies ?? {});
    assert.deepEqual(root?.devDependencies ?? {}, manifest.devDependencies ?? {});
  });

  it("lists every platform's optional package of every dependency, so no install adds them", () => {
    const missing: string[] = [];
    for (const [location, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!resolvesFrom(location, name, lock.packages)) missing.push(`${name} (for ${location || 'the root'})`);
      }
    }
    assert.deepEqual(missing, [], 'npm install would add these: run it, and commit the lock file it writes');
  });
});

/** Node's lookup: the package's own node_modules, then each enclosing one up to the root's. */
function resolvesFrom(location: string, name: string, packages: Record<string, LockEntry>): boolean {
  for (let folder = location; ; ) {
    if (`${folder ? `${folder}/` : ''}node_modules/${name}` in packages) return true;
    if (!folder) return false;
    const parent = folder.lastIndexOf('/node_modules/');
    folder = parent < 0 ? '' : folder.slice(0, parent);
  }
}
