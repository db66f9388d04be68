import type { renderHtmlDocument } from '../core/documents/html/htmlDocument';
import { loadLazyBundle } from './lazyBundle';

export type RenderHtmlDocument = typeof renderHtmlDocument;

/**
 * The HTML renderer, from its own bundle beside the extension's (`dist/htmlExport.js`).
 * markdown-it would weigh more than the rest of the extension together, and only an HTML
 * export needs it, so it is read from disk then, not at activation.
 */
export function loadHtmlRenderer(): RenderHtmlDocument {
  return loadLazyBundle<{ renderHtmlDocument: RenderHtmlDocument }>('htmlExport', ['renderHtmlDocument'])
    .renderHtmlDocument;
}
