import { createHash } from 'node:crypto';
import { markdownToHtml } from './markdownToHtml';
import { PAGE_STYLE } from './pageStyle';

/**
 * The document as one self-contained web page: its Markdown rendered (see markdownToHtml),
 * one inline style sheet, no script and nothing loaded from anywhere — the content security
 * policy says so to the browser too, allowing that one style sheet by its hash and nothing
 * else (no script, image, font, frame, form or base address). Opens in any browser, prints
 * to clean pages, and can be mailed as it is.
 *
 * This module is the entry of a bundle of its own (`dist/htmlExport.js`): the extension
 * loads it only when an HTML export is asked for.
 */

export interface HtmlDocumentOptions {
  /** The page's title (the browser's tab, the name a PDF printer suggests). Plain text. */
  readonly title: string;
  /** The language of the text, as a BCP 47 tag (`en`, `pt-BR`); `en` if it is not one. */
  readonly language: string;
}

/** A language tag as `<html lang>` takes it: letters and digits in dash-separated parts. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

export function renderHtmlDocument(markdown: string, options: HtmlDocumentOptions): string {
  const language = LANGUAGE_TAG.test(options.language) ? options.language : 'en';
  const styleHash = createHash('sha256').update(PAGE_STYLE).digest('base64');
  const policy = [
    "default-src 'none'",
    `style-src 'sha256-${styleHash}'`,
    "img-src 'none'",
    "script-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(oneLine(options.title))}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
${markdownToHtml(markdown)}</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
