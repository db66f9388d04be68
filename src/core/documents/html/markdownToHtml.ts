import MarkdownIt from 'markdown-it';
import { isWebUrl } from '../../../shared/webUrl';

/**
 * A document's Markdown as the body of a web page, rendered by markdown-it (the parser of
 * VS Code's preview) and held to what the document writes:
 *
 * - raw HTML stays text (`html: false`);
 * - only bare addresses the document wrote as links become links (no linkify: every web
 *   address in a field of the log is already written as an autolink), and no typographic
 *   replacements change the words;
 * - a link goes only to the web: markdown-it's own check refuses `javascript:`, `vbscript:`,
 *   `file:` and `data:`, and ours, after it, anything that is not an http or https address
 *   (`command:`, `vscode:`, a relative path); a refused link shows as its text;
 * - an image shows as its description, so the page loads nothing;
 * - a table's column alignment is a class rather than a `style` attribute, which the page's
 *   content security policy would refuse.
 */
export function markdownToHtml(markdown: string): string {
  const renderer = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  const defaultValidateLink = renderer.validateLink.bind(renderer);
  renderer.validateLink = (url) => defaultValidateLink(url) && isWebUrl(url.trim());
  renderer.core.ruler.push('growth_log_safe_output', (state) => {
    for (const token of state.tokens) {
      keepLinksToTheWeb(token.children ?? []);
      alignmentAsClass(token);
    }
  });
  renderer.renderer.rules.image = (tokens, index) => renderer.utils.escapeHtml(tokens[index]?.content ?? '');
  return renderer.render(markdown);
}

/**
 * A link whose target is not a web address loses its tags, so its text shows alone; a link
 * to the web that shows its own address (an autolink) is marked, so that print does not
 * repeat the address after it.
 */
function keepLinksToTheWeb(inline: readonly MarkdownIt.Token[]): void {
  let refused = false;
  for (const token of inline) {
    if (token.type === 'link_open') {
      refused = !isWebUrl(token.attrGet('href') ?? '');
      if (!refused && token.markup === 'autolink') token.attrJoin('class', 'address');
    }
    if (refused && (token.type === 'link_open' || token.type === 'link_close')) token.hidden = true;
    if (token.type === 'link_close') refused = false;
  }
}

/** `style="text-align:right"` on a table cell, as `class="align-right"`. */
function alignmentAsClass(token: MarkdownIt.Token): void {
  if (token.type !== 'th_open' && token.type !== 'td_open') return;
  const alignment = /^text-align:(left|center|right)$/.exec(token.attrGet('style') ?? '')?.[1];
  token.attrs = alignment ? [['class', `align-${alignment}`]] : null;
}
