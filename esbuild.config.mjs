// Builds the bundles the package ships:
//   dist/extension.js  the extension host side, for Node (CommonJS, `vscode` left external)
//   dist/webview.js    the sidebar UI, for the browser (an IIFE, no Node built-ins)
//   dist/readiness.js  the readiness view's UI, for the browser, likewise
//   dist/cli.js        the `growth-log` command line, for Node
// and the bundles the extension requires only on first use (src/extension/lazyBundle.ts),
// so that activation neither reads nor evaluates them:
//   dist/htmlExport.js     the brag document as a web page (markdown-it inside), for an
//                          HTML export
//   dist/documents.js      the brag document and the self-review draft's editor features,
//                          which share the document modules
//   dist/gitSuggestions.js reading git history and picking its suggestions
//   dist/ladderCsv.js      the CSV parser (csv-parse inside), for a company's ladder
//                          exported from a spreadsheet
//   dist/readinessPanel.js the readiness view's host side: readiness, its view model, links
//   dist/ladders.js        the built-in ladders, a company's ladder and readiness, for the
//                          sidebar's readiness line and Choose Your Track…
// Flags: --production (minify, no source maps), --watch (rebuild on change).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const shared = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  legalComments: 'none',
  // Text as UTF-8 rather than \u escapes: the bundles hold many typographic quotes and dashes.
  charset: 'utf8',
  logLevel: 'info',
  metafile: true,
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Node bundles: CommonJS for Node 20; jsonc-parser's UMD entry cannot be bundled, its ES module build can. */
const node = { platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'] };

const builds = [
  {
    ...shared,
    ...node,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    // Code shared with plain Node translates through @vscode/l10n; in VS Code that is vscode.l10n.
    alias: { '@vscode/l10n': './src/extension/vscodeL10n.ts' },
  },
  ...[
    ['src/extension/documentFeatures.ts', 'dist/documents.js'],
    ['src/extension/commands/gitSuggestionFeatures.ts', 'dist/gitSuggestions.js'],
    ['src/extension/readiness/readinessFeatures.ts', 'dist/readinessPanel.js'],
    ['src/extension/ladders/ladderFeatures.ts', 'dist/ladders.js'],
  ].map(([entry, outfile]) => ({
    ...shared,
    ...node,
    entryPoints: [entry],
    outfile,
    external: ['vscode'],
    alias: { '@vscode/l10n': './src/extension/vscodeL10n.ts' },
  })),
  {
    ...shared,
    ...node,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    // The core's texts, in English.
    alias: { '@vscode/l10n': './src/cli/englishL10n.ts' },
    define: { GROWTH_LOG_VERSION: JSON.stringify(version) },
  },
  {
    ...shared,
    ...node,
    entryPoints: ['src/core/documents/html/htmlDocument.ts'],
    outfile: 'dist/htmlExport.js',
  },
  {
    ...shared,
    ...node,
    // The CSV parser, which the extension requires only when a ladder is a CSV file.
    entryPoints: ['src/core/ladders/csvRecords.ts'],
    outfile: 'dist/ladderCsv.js',
  },
  ...[
    ['src/webview/main.ts', 'dist/webview.js'],
    ['src/webview/readiness/main.ts', 'dist/readiness.js'],
  ].map(([entry, outfile]) => ({
    ...shared,
    entryPoints: [entry],
    outfile,
    platform: 'browser',
    format: 'iife',
    target: 'es2023',
  })),
];

// The sidebar draws kind icons with VS Code's own icon font, shipped beside the bundles.
mkdirSync('dist/codicons', { recursive: true });
for (const file of ['codicon.css', 'codicon.ttf']) {
  cpSync(`node_modules/@vscode/codicons/dist/${file}`, `dist/codicons/${file}`);
}

// The JSON Schemas of the log file and of a ladder file, generated from the zod schemas, for hand edits in VS Code.
await esbuild.build({
  ...node,
  bundle: true,
  entryPoints: ['scripts/generateJsonSchema.ts'],
  outfile: 'out/generate-json-schema.cjs',
  logLevel: 'warning',
});
execFileSync(process.execPath, [
  'out/generate-json-schema.cjs',
  'dist/growth-log.schema.json',
  'dist/growth-log-ladder.schema.json',
]);

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
