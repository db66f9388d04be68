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
 *   (`command:`, `vscode:`, `mailto:`, a relative path); a refused link stays the text it was
 *   written as (inline links, references, autolinks and images all pass this check);
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
      for (const inline of token.children ?? []) markAddressLink(inline);
      alignmentAsClass(token);
    }
  });
  renderer.renderer.rules.image = (tokens, index) => renderer.utils.escapeHtml(tokens[index]?.content ?? '');
  return renderer.render(markdown);
}

/** A link that shows its own address (an autolink), marked so that print does not repeat the address after it. */
function markAddressLink(token: MarkdownIt.Token): void {
  if (token.type === 'link_open' && token.markup === 'autolink') token.attrJoin('class', 'address');
}

/** `style="text-align:right"` on a table cell, as `class="align-right"`. */
function alignmentAsClass(token: MarkdownIt.Token): void {
  if (token.type !== 'th_open' && token.type !== 'td_open') return;
  const alignment = /^text-align:(left|center|right)$/.exec(token.attrGet('style') ?? '')?.[1];
  token.attrs = alignment ? [['class', `align-${alignment}`]] : null;
}
