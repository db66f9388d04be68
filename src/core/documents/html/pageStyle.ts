/**
 * The exported page's one style sheet, inline, so the file stands alone. On screen it
 * follows the reader's light or dark system colours and keeps lines short enough to read;
 * on paper (A4 or Letter alike: only the margins are set, the printer chooses the size) it
 * prints dark on white, keeps a moment's item on one page and a heading with what follows
 * it, and prints each link's address after its text, since paper cannot be clicked.
 */
export const PAGE_STYLE = `
:root { color-scheme: light dark; }
body {
  margin: 0 auto;
  padding: 2rem 1.5rem 3rem;
  max-width: 46rem;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", sans-serif;
  color: CanvasText;
  background: Canvas;
  overflow-wrap: break-word;
}
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 0.25rem; }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 2rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 1px solid color-mix(in srgb, CanvasText 20%, transparent); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.4rem; }
p { margin: 0.5rem 0; }
ul, ol { margin: 0.4rem 0; padding-left: 1.4rem; }
li { margin: 0.2rem 0; }
li > ul, li > ol { margin: 0.1rem 0 0.3rem; }
a { color: LinkText; }
code {
  font: 0.9em/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
  padding: 0.05em 0.3em;
  border-radius: 3px;
  background: color-mix(in srgb, CanvasText 8%, transparent);
}
table { border-collapse: collapse; margin: 0.75rem 0; }
th, td { padding: 0.3rem 0.8rem; border: 1px solid color-mix(in srgb, CanvasText 25%, transparent); text-align: left; }
th { background: color-mix(in srgb, CanvasText 6%, transparent); }
.align-center { text-align: center; }
.align-right { text-align: right; font-variant-numeric: tabular-nums; }
blockquote { margin: 0.5rem 0; padding-left: 1rem; border-left: 3px solid color-mix(in srgb, CanvasText 25%, transparent); }
hr { border: 0; border-top: 1px solid color-mix(in srgb, CanvasText 20%, transparent); }

@page { margin: 18mm 16mm 20mm; }
@media print {
  :root { color-scheme: light; }
  body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; background: #fff; }
  h1 { font-size: 18pt; }
  h2 { font-size: 13pt; margin-top: 1.4rem; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
  li, tr, blockquote, pre { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  a { color: inherit; text-decoration: none; }
  a[href]:not(.address)::after { content: " (" attr(href) ")"; font-size: 0.85em; color: #444; overflow-wrap: anywhere; }
  a.address { overflow-wrap: anywhere; }
  code { background: none; padding: 0; }
  th { background: none; }
}
`;
