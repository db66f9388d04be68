import * as path from 'node:path';
import * as vscode from 'vscode';

/**
 * The bundles the extension loads on first use rather than at activation, each built beside
 * `dist/extension.js` (esbuild.config.mjs) and shipped in the package (.vscodeignore):
 * the HTML export (markdown-it), the documents (the brag document and the self-review
 * draft's editor features), the suggestions from git history, the CSV parser for a
 * company's ladder, the ladders with readiness (the sidebar's line, Choose Your Track…) and
 * the readiness view's host side.
 */
export type LazyBundle = 'htmlExport' | 'documents' | 'gitSuggestions' | 'ladderCsv' | 'ladders' | 'readinessPanel';

/**
 * The exports of `dist/<bundle>.js`, checked to hold each function in `functions`. Node
 * keeps a bundle loaded once required, so only the first call reads it from disk. A bundle
 * that is missing or lacks a function is an installation gone wrong: the error names it
 * and says to reinstall.
 */
export function loadLazyBundle<Exports extends object>(
  bundle: LazyBundle,
  functions: readonly (keyof Exports & string)[],
): Exports {
  const file = path.join(__dirname, `${bundle}.js`);
  let loaded: unknown;
  try {
    // A computed path, which esbuild leaves to run time rather than bundling the code in.
    loaded = require(file);
  } catch (error) {
    throw new Error(vscode.l10n.t('Growth Log cannot load its {0} bundle ({1}): reinstall Growth Log', bundle, file), {
      cause: error,
    });
  }
  const missing = functions.filter(
    (name) => typeof (loaded as Record<string, unknown> | undefined)?.[name] !== 'function',
  );
  if (missing.length > 0)
    throw new Error(
      vscode.l10n.t('Growth Log’s {0} bundle ({1}) lacks {2}: reinstall Growth Log', bundle, file, missing.join(', ')),
    );
  return loaded as Exports;
}
