import MarkdownIt from 'markdown-it';

/**
 * Markdown rendered as VS Code's Markdown preview renders it: markdown-it with raw HTML
 * allowed, bare addresses linked (linkify) and no typographic replacements.
 */
const preview = new MarkdownIt({ html: true, linkify: true, typographer: false });

/** What a document becomes in the preview, counted: every element a reader would see as structure. */
export interface PreviewStructure {
  /** Per kind of element (markdown-it token type), how many. */
  readonly elements: ReadonlyMap<string, number>;
  /** Links the preview made of bare addresses in text, by their targets. */
  readonly linkifiedTargets: readonly string[];
  /** Reference definitions (`[x]: target`), which the preview consumes and links to. */
  readonly referenceDefinitions: number;
  readonly html: string;
}

/** The token types that are structure; text, code spans and soft formatting of our own are not counted. */
const STRUCTURE = new Set([
  'heading_open',
  'paragraph_open',
  'bullet_list_open',
  'ordered_list_open',
  'list_item_open',
  'blockquote_open',
  'table_open',
  'tr_open',
  'hr',
  'fence',
  'code_block',
  'html_block',
  'html_inline',
  'image',
  'link_open',
  'strong_open',
  'em_open',
  's_open',
  'softbreak',
  'hardbreak',
]);

export function previewStructure(markdown: string): PreviewStructure {
  const env: { references?: Record<string, unknown> } = {};
  const tokens = flatten(preview.parse(markdown, env));
  const elements = new Map<string, number>();
  const linkifiedTargets: string[] = [];
  for (const token of tokens) {
    // A web address in the text shows as a link, bare (linkify) or as an autolink: every
    // such target is checked to be on the web rather than counted as structure.
    if (token.type === 'link_open' && (token.markup === 'linkify' || token.markup === 'autolink')) {
      linkifiedTargets.push(token.attrGet('href') ?? '');
    } else if (STRUCTURE.has(token.type)) {
      elements.set(token.type, (elements.get(token.type) ?? 0) + 1);
    }
  }
  return {
    elements,
    linkifiedTargets,
    referenceDefinitions: Object.keys(env.references ?? {}).length,
    html: preview.render(markdown),
  };
}

function flatten(tokens: readonly MarkdownIt.Token[]): MarkdownIt.Token[] {
  return tokens.flatMap((token) => [token, ...flatten(token.children ?? [])]);
}
