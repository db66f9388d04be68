import * as path from 'node:path';
import * as vscode from 'vscode';
import type { renderHtmlDocument } from '../core/documents/html/htmlDocument';

export type RenderHtmlDocument = typeof renderHtmlDocument;

/**
 * The HTML renderer, from its own bundle beside the extension's (`dist/htmlExport.js`).
 * markdown-it would weigh more than the rest of the extension together, and only an HTML
 * export needs it, so it is read from disk then, not at activation; Node keeps it loaded
 * for the next export.
 */
export function loadHtmlRenderer(): RenderHtmlDocument {
  const bundle = path.join(__dirname, 'htmlExport.js');
  // A computed path, which esbuild leaves to run time rather than bundling markdown-it in.
  const loaded: unknown = require(bundle);
  const render = (loaded as { renderHtmlDocument?: unknown } | undefined)?.renderHtmlDocument;
  if (typeof render !== 'function')
    throw new Error(vscode.l10n.t('{0} holds no HTML renderer: reinstall Growth Log', bundle));
  return render as RenderHtmlDocument;
}
