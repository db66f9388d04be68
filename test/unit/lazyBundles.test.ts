import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';

/**
 * The extension loads some of its features from bundles of their own on first use
 * (src/extension/lazyBundle.ts). These tests hold the three places that must agree — the
 * loaders, the build and the package — together, and check that activation does not take
 * the lazy code back in through a static import.
 */

/** Each lazy bundle and its entry, as esbuild.config.mjs builds them. */
const LAZY_ENTRIES: Readonly<Record<string, string>> = {
  htmlExport: 'src/core/documents/html/htmlDocument.ts',
  documents: 'src/extension/documentFeatures.ts',
  gitSuggestions: 'src/extension/commands/gitSuggestionFeatures.ts',
  ladderCsv: 'src/core/ladders/csvRecords.ts',
  readinessPanel: 'src/extension/readiness/readinessFeatures.ts',
  ladders: 'src/extension/ladders/ladderFeatures.ts',
};

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

/** The modules `entry` bundles, from esbuild's metafile, as paths from the repository's root. */
async function bundledModules(entry: string): Promise<Map<string, esbuild.Metafile['inputs'][string]>> {
  const result = await esbuild.build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'],
    external: ['vscode'],
    alias: { '@vscode/l10n': './src/extension/vscodeL10n.ts' },
    outfile: 'out/lazyBundles.test.js',
    logLevel: 'silent',
  });
  return new Map(Object.entries(result.metafile.inputs));
}

describe('lazy bundles', () => {
  it('names in its loaders exactly the bundles that are built and shipped', () => {
    const loaded = new Set<string>();
    for (const entry of readdirSync(path.join(REPO_ROOT, 'src/extension'), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      for (const match of text.matchAll(/loadLazyBundle(?:<[^>]*>)?\(\s*'([^']+)'/g)) loaded.add(match[1]!);
    }
    assert.deepEqual([...loaded].sort(), Object.keys(LAZY_ENTRIES).sort());

    const config = read('esbuild.config.mjs');
    const shipped = read('.vscodeignore').split('\n');
    for (const [bundle, entry] of Object.entries(LAZY_ENTRIES)) {
      assert.match(
        config,
        new RegExp(`'${entry}'[^\\n]*\\n?[^\\n]*'dist/${bundle}\\.js'`),
        `${bundle} is built from ${entry}`,
      );
      assert.ok(shipped.includes(`!dist/${bundle}.js`), `.vscodeignore ships dist/${bundle}.js`);
    }
  });

  it('keeps activation free of what the lazy bundles hold', async function () {
    this.timeout(60_000);
    const activation = await bundledModules('src/extension/extension.ts');
    for (const [bundle, entry] of Object.entries(LAZY_ENTRIES)) {
      const lazy = await bundledModules(entry);
      // The entry and every module it exports: what the bundle exists to keep out of activation.
      const own = [entry, ...(lazy.get(entry)?.imports.map((imported) => imported.path) ?? [])];
      const taken = own.filter((module) => activation.has(module));
      assert.deepEqual(taken, [], `activation imports what ${bundle} holds: ${taken.join(', ')}`);
    }
  });
});
