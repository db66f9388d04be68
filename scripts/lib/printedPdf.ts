import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './browser';

/**
 * A web page printed as a person prints it from Chromium (Debian's, headless: the
 * DevTools protocol's `Page.printToPDF`), and the PDF read back with poppler's tools, which
 * see what a PDF reader sees: its pages, their size, their selectable text, their pixels.
 */

export type PaperSize = 'A4' | 'Letter';

/** Prints `htmlFile` to `pdfFile` on `paper`, with the page's own margins (its `@page` rule). */
export async function printToPdf(htmlFile: string, pdfFile: string, paper: PaperSize): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(htmlFile).href);
    await page.pdf({ path: pdfFile, format: paper });
  } finally {
    await browser.close();
  }
}

/** What `pdfinfo` says of the PDF: its page count and the size of its pages in points. */
export function pdfInfo(pdfFile: string): { pages: number; widthPt: number; heightPt: number } {
  const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info) ?? [];
  return { pages, widthPt: Number(width), heightPt: Number(height) };
}

/** The text a reader can select and copy, page by page, in reading order. */
export function pdfPagesText(pdfFile: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** Page 1 of the PDF as a PNG, at `dpi`, as a PDF reader draws it. */
export function pdfFirstPageAsPng(pdfFile: string, pngFile: string, dpi = 96): void {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfFile,
    pngFile.replace(/\.png$/, ''),
  ]);
}
