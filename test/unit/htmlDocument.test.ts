import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderHtmlDocument } from '../../src/core/documents/html/htmlDocument';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';

const render = (markdown: string, title = 'Brag document: Q4 2026', language = 'en') =>
  renderHtmlDocument(markdown, { title, language });

/** The page's body, between `<main>` and `</main>`. */
const bodyOf = (html: string) => html.slice(html.indexOf('<main>') + 6, html.indexOf('</main>')).trim();

const styleOf = (html: string) => /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';

const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];

describe('the brag document as a web page', () => {
  const golden = readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'brag', 'q4-2026.md'), 'utf8');
  const privateGolden = readFileSync(
    path.join(REPO_ROOT, 'test', 'fixtures', 'brag', 'q4-2026-private-staff-ic.md'),
    'utf8',
  );

  it('is one complete page in the display language, its title escaped', () => {
    const html = render(golden, 'Brag document: <Q4> & "more"', 'pt-BR');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="pt-BR">\n<head>\n<meta charset="utf-8">/);
    assert.match(html, /<title>Brag document: &#60;Q4&#62; &#38; &#34;more&#34;<\/title>/);
    assert.match(html, /<\/body>\n<\/html>\n$/);
    assert.match(bodyOf(html), /^<h1>Brag document: Q4 2026<\/h1>/);
  });

  it('falls back to English for a language that is not a tag, rather than writing it into an attribute', () => {
    for (const language of ['', 'en" onload="x', 'de DE', '-x'])
      assert.match(render('x', 'T', language), /<html lang="en">/, language);
  });

  it('renders the Markdown of the document: headings, lists, strong, emphasis, code, tables, links', () => {
    const body = bodyOf(render(golden));
    assert.match(body, /<h2>At a glance<\/h2>/);
    assert.match(body, /<strong>11<\/strong> moments over <strong>8<\/strong> active weeks/);
    assert.match(body, /<h3>Billing migration<\/h3>/);
    assert.match(body, /<em>Decision-making &amp; problem-solving<\/em>/);
    assert.match(body, /<code>9c8b7a6<\/code>/);
    // The private sections' table: the numbers aligned right, by a class the style sheet knows.
    const table = bodyOf(render(privateGolden));
    assert.match(table, /<th class="align-right">Energised<\/th>/);
    assert.match(table, /<td class="align-right">1<\/td>/);
    assert.match(
      body,
      /<a href="https:\/\/github.com\/acme\/billing\/blob\/[0-9a-f]+\/src\/errors\/format.ts#L12-L40">/,
    );
    // The document's own escapes show as the characters, not as emphasis or a tag.
    assert.match(body, /about \*missed\* reviews &lt;and&gt; deadlines/);
  });

  it('has no script, loads nothing, and says so in a content security policy that allows only its own style sheet', () => {
    const html = render(golden);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|<object|<embed|\ssrc=|\son[a-z]+=|\sstyle=/i);
    assert.doesNotMatch(styleOf(html), /url\(|@import|@font-face/i);
    const policy = policyOf(html);
    assert.ok(policy, 'a content security policy');
    const directives = new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive]));
    assert.equal(directives.get('default-src'), "default-src 'none'");
    assert.equal(directives.get('img-src'), "img-src 'none'");
    assert.equal(directives.get('script-src'), "script-src 'none'");
    const hash = createHash('sha256').update(styleOf(html)).digest('base64');
    assert.equal(directives.get('style-src'), `style-src 'sha256-${hash}'`, 'the style sheet allowed by its hash');
  });

  it('makes no link of a target that is not on the web: it stays text', () => {
    const targets = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'command:workbench.action.terminal.new',
      'vscode://file/etc/passwd',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      '//evil.example/x',
      '../secrets.txt',
      'mailto:someone@example.com',
    ];
    for (const target of targets) {
      for (const markdown of [`[label](${target})`, `<${target}>`, `[label][ref]\n\n[ref]: ${target}`]) {
        const body = bodyOf(render(markdown));
        assert.doesNotMatch(body, /<a\b/, `${markdown} became ${body}`);
      }
    }
    assert.equal(bodyOf(render('[label](command:x)')), '<p>[label](command:x)</p>');
  });

  it('keeps links to the web, marking those that show their own address so print does not repeat it', () => {
    const body = bodyOf(
      render('[PR 482](https://github.com/acme/billing/pull/482) and <https://example.com/a?b=1&c=2>'),
    );
    assert.equal(
      body,
      '<p><a href="https://github.com/acme/billing/pull/482">PR 482</a> and <a href="https://example.com/a?b=1&amp;c=2" class="address">https://example.com/a?b=1&amp;c=2</a></p>',
    );
  });

  it('shows raw HTML as text, an image as its description, and a bare address as text', () => {
    const body = bodyOf(
      render(
        '<b onclick="x()">bold</b> <script>alert(1)</script>\n\n![a chart](https://example.com/c.png)\n\nsee www.example.com',
      ),
    );
    assert.doesNotMatch(body, /<b\b|<script|<img/);
    assert.match(body, /&lt;b onclick=&quot;x\(\)&quot;&gt;bold&lt;\/b&gt;/);
    assert.match(body, /<p>a chart<\/p>/);
    assert.match(body, /<p>see www.example.com<\/p>/);
  });

  it('leaves the words as written: no typographic replacements', () => {
    assert.equal(bodyOf(render('"quoted" -- (c) ...')), '<p>&quot;quoted&quot; -- (c) ...</p>');
  });

  it('prints to clean pages: margins, no break inside a moment, headings with what follows, addresses after links', () => {
    const style = styleOf(render(golden));
    const print = style.slice(style.indexOf('@media print'));
    assert.match(style, /@page \{ margin: [^}]+\}/);
    assert.match(print, /li,[^{]*\{[^}]*break-inside: avoid/);
    assert.match(print, /h1, h2, h3, h4 \{[^}]*break-after: avoid/);
    assert.match(print, /a\[href\]:not\(\.address\)::after \{ content: " \(" attr\(href\) "\)"/);
  });
});
